/**
 * «Призываем жителей сообщать о фактах сбыта по телефону 102», «призывает родителей следить …»: an appeal to
 * the public names no body to act; annotators leave it out (two sets of three), so it is no directive.
 */
export function publicAppeal(text: string): boolean {
  return /(?<!\p{L})(?:призыва\p{L}*|призвал\p{L}*|просим)\s+(?:всех\s+)?(?:жителей|граждан|горожан|родителей|население|молод[её]жь|подростков|водителей|казахстанцев|пользователей)(?!\p{L})/iu.test(
    text,
  );
}
