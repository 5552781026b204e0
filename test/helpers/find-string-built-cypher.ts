import ts from 'typescript';

/** One place where a Cypher statement is put together from strings instead of taking `$parameters`. */
export interface CypherFinding {
  file: string;
  line: number;
  kind:
    | 'template with ${} in Cypher'
    | 'concatenation into Cypher'
    | 'join/concat/replace building Cypher'
    | 'dynamic statement passed to run/executeQuery'
    | 'Cypher that runs Cypher strings';
  text: string;
}

// Upper-case clause keywords, as every statement in this repository is written; prose rarely shouts them.
const CLAUSE =
  /\b(?:MATCH|OPTIONAL MATCH|MERGE|CREATE|UNWIND|RETURN|CALL|DETACH DELETE|DELETE|REMOVE|SET|WITH|WHERE|FOREACH|LOAD CSV|SHOW|DROP|YIELD|ORDER BY)\b/;
// Procedures that execute a string as Cypher: string building moved inside the database.
const RUNS_CYPHER = /apoc\.(?:cypher\.\w+|periodic\.(?:iterate|commit|submit|repeat))/;
const STATEMENT_METHODS = new Set(['run', 'executeQuery']);
const BUILDING_METHODS = new Set(['join', 'concat', 'replace', 'replaceAll']);

/** Whether a piece of literal text reads like Cypher. */
export function looksLikeCypher(text: string): boolean {
  return CLAUSE.test(text);
}

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((span) => ` ${span.literal.text}`).join('');
  return null;
}

/** The operands of a chain of `+`, flattened: `a + b + c` → [a, b, c]. */
function plusOperands(node: ts.Expression): ts.Expression[] {
  const inner = ts.isParenthesizedExpression(node) ? node.expression : node;
  if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return [...plusOperands(inner.left), ...plusOperands(inner.right)];
  return [inner];
}

function isDynamicString(node: ts.Expression): boolean {
  const inner = ts.isParenthesizedExpression(node) ? node.expression : node;
  if (ts.isTemplateExpression(inner)) return true;
  if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.PlusToken) return true;
  return (
    ts.isCallExpression(inner) &&
    ts.isPropertyAccessExpression(inner.expression) &&
    BUILDING_METHODS.has(inner.expression.name.text)
  );
}

/**
 * Finds string-built Cypher in one TypeScript file: template literals with `${}` in Cypher text,
 * `+`/`+=` onto Cypher text, `.join`/`.concat`/`.replace` assembling Cypher, statements passed to
 * `run`/`executeQuery` that are built at run time (directly or through a local variable), and
 * Cypher text that calls procedures which execute strings (apoc.cypher.*, apoc.periodic.*).
 */
export function findStringBuiltCypher(file: string, source: string): CypherFinding[] {
  // Every finding needs Cypher-looking text, a run/executeQuery call or an apoc procedure name somewhere in
  // the file, so files with none of them are skipped unparsed (most files; parsing is the cost).
  if (!CLAUSE.test(source) && !/\.\s*(?:run|executeQuery)\b/.test(source) && !RUNS_CYPHER.test(source))
    return [];
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const findings: CypherFinding[] = [];
  const initializers = new Map<string, ts.Expression[]>();
  const report = (node: ts.Node, kind: CypherFinding['kind']) => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    if (findings.some((f) => f.line === line && f.kind === kind)) return;
    findings.push({ file, line, kind, text: node.getText(sf).replace(/\s+/g, ' ').slice(0, 120) });
  };

  const collect = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer)
      initializers.set(node.name.text, [...(initializers.get(node.name.text) ?? []), node.initializer]);
    ts.forEachChild(node, collect);
  };
  collect(sf);
  const cypherValued = (node: ts.Expression): boolean => {
    const text = literalText(node);
    if (text !== null) return looksLikeCypher(text);
    if (ts.isIdentifier(node))
      return (initializers.get(node.text) ?? []).some(
        (init) => literalText(init) !== null && cypherValued(init),
      );
    return false;
  };

  const visit = (node: ts.Node): void => {
    const text = literalText(node);
    if (text !== null && RUNS_CYPHER.test(text)) report(node, 'Cypher that runs Cypher strings');
    if (ts.isTemplateExpression(node) && looksLikeCypher(text!)) report(node, 'template with ${} in Cypher');

    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op === ts.SyntaxKind.PlusToken && plusOperands(node).some(cypherValued))
        report(node, 'concatenation into Cypher');
      if (op === ts.SyntaxKind.PlusEqualsToken && (cypherValued(node.left) || cypherValued(node.right)))
        report(node, 'concatenation into Cypher');
    }

    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const receiver = node.expression.expression;
      if (BUILDING_METHODS.has(method)) {
        const parts = ts.isArrayLiteralExpression(receiver) ? [...receiver.elements] : [receiver];
        if ([...parts, ...node.arguments].some((part) => cypherValued(part as ts.Expression)))
          report(node, 'join/concat/replace building Cypher');
      }
      const statement = node.arguments[0];
      if (STATEMENT_METHODS.has(method) && statement) {
        const dynamic =
          isDynamicString(statement) ||
          (ts.isIdentifier(statement) && (initializers.get(statement.text) ?? []).some(isDynamicString));
        if (dynamic) report(node, 'dynamic statement passed to run/executeQuery');
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings;
}

/** Cypher files: the same database-side escape hatch (a procedure that runs a string) is refused there too. */
export function findCypherRunningStrings(file: string, text: string): CypherFinding[] {
  return text
    .split('\n')
    .flatMap((line, i) =>
      RUNS_CYPHER.test(line)
        ? [{ file, line: i + 1, kind: 'Cypher that runs Cypher strings' as const, text: line.trim() }]
        : [],
    );
}
