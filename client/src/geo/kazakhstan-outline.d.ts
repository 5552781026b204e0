/** Built by client/vite-plugin-outline.ts from world-atlas at build time (rings of [lon, lat]). */
declare module 'virtual:kazakhstan-outline' {
  const outline: [number, number][][];
  export default outline;
}
