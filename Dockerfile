# The OpsGraph API and client. Neo4j runs in its own container (docker-compose.yml), so no Java here.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build --if-present
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["npx", "tsx", "scripts/start.ts"]
