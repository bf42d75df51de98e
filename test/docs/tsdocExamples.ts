// Finds the TSDoc `@example` blocks of the packages' sources and turns each into a module that
// imports what it uses from the built packages, as a reader's program would.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

/** One ```ts block under an `@example` tag. */
export interface TsdocExample {
  /** The source file, relative to the repository, e.g. `packages/ladder/src/assessment/place.ts`. */
  readonly file: string
  /** The line of the code block's first line in that file (1-based). */
  readonly line: number
  /** The declaration the comment documents, e.g. `place` or `Assessment.next`. */
  readonly symbol: string
  /** The package folder: `ladder`, `certificates` or `cli`. */
  readonly folder: string
  readonly code: string
}

export const PACKAGES = [
  { folder: 'ladder', name: '@doorstart/ladder' },
  { folder: 'certificates', name: '@doorstart/certificates' },
  { folder: 'cli', name: '@doorstart/cli' },
] as const

const DECLARATION = /^\s*(?:export\s+)?(?:declare\s+)?(?:default\s+)?(?:abstract\s+)?(?:async\s+)?(?:function\*?|class|interface|type|const|let|enum|namespace)\s+([A-Za-z_$][\w$]*)|^\s*(?:readonly\s+|static\s+|async\s+|get\s+|set\s+)*([A-Za-z_$][\w$]*)\s*[?(:<=]/

/**
 * Every ```ts block under `@example` in `packages/<folder>/src`, in file order. An `@example`
 * without one is added to `unfenced` as `file:line`.
 */
export function findExamples(root: string, unfenced: string[] = []): TsdocExample[] {
  const examples: TsdocExample[] = []
  for (const { folder } of PACKAGES) {
    const src = join(root, 'packages', folder, 'src')
    const files = (readdirSync(src, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts')).sort()
    for (const file of files) {
      const text = readFileSync(join(src, file), 'utf8')
      const lines = text.split('\n')
      for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
        const startLine = text.slice(0, comment.index).split('\n').length
        const body = comment[0].split('\n').map((line) => line.replace(/^\s*\/?\*+\/?\s?/, '').replace(/\s*\*\/$/, ''))
        const endLine = startLine + body.length - 1
        const owner = ownerOf(lines, endLine)
        const enclosing = enclosingClass(lines, startLine)
        for (let i = 0; i < body.length; i++) {
          if (!/^@example\b/.test(body[i]!)) continue
          let j = i + 1
          while (j < body.length && body[j]!.trim() === '') j++
          if (body[j]?.trim() !== '```ts') {
            unfenced.push(`${relative(root, join(src, file))}:${startLine + i}`)
            continue
          }
          const code: string[] = []
          let k = j + 1
          for (; k < body.length && body[k]!.trim() !== '```'; k++) code.push(body[k]!)
          examples.push({
            file: relative(root, join(src, file)), line: startLine + j + 1, folder,
            symbol: enclosing && enclosing !== owner ? `${enclosing}.${owner}` : owner,
            code: code.join('\n'),
          })
          i = k
        }
      }
    }
  }
  return examples
}

/** The name declared on the first code line after a comment that ends on line `endLine` (1-based). */
function ownerOf(lines: readonly string[], endLine: number): string {
  for (let i = endLine; i < Math.min(lines.length, endLine + 5); i++) {
    const match = DECLARATION.exec(lines[i]!)
    if (match) return match[1] ?? match[2]!
  }
  return '(unknown)'
}

/** The class or interface whose body holds line `line`, when the comment documents a member. */
function enclosingClass(lines: readonly string[], line: number): string | undefined {
  if (!/^\s{2,}/.test(lines[line - 1] ?? '')) return undefined
  for (let i = line - 2; i >= 0; i--) {
    const match = /^(?:export\s+)?(?:declare\s+)?(?:abstract\s+)?(?:class|interface)\s+([A-Za-z_$][\w$]*)/.exec(lines[i]!)
    if (match) return match[1]
    if (/^\S/.test(lines[i]!) && !/^(\/\/|\/\*|\*)/.test(lines[i]!.trim())) return undefined
  }
  return undefined
}

/** The names an example declares or imports at its top level (so nothing is imported for them). */
export function declaredNames(code: string, exportedOnly = false): Set<string> {
  const names = new Set<string>()
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS)
  const bind = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.add(name.text)
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name)
  }
  for (const statement of source.statements) {
    if (exportedOnly && !(ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword))) continue
    if (ts.isVariableStatement(statement)) for (const declaration of statement.declarationList.declarations) bind(declaration.name)
    else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) || ts.isEnumDeclaration(statement)) && statement.name) names.add(statement.name.text)
    else if (ts.isImportDeclaration(statement) && statement.importClause) {
      const clause = statement.importClause
      if (clause.name) names.add(clause.name.text)
      const bindings = clause.namedBindings
      if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text)
      if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) names.add(element.name.text)
    }
  }
  return names
}

/** Whether `text` is a plain literal (strings, numbers, booleans, null, arrays and objects of them). */
function isLiteral(text: string): boolean {
  if (text.includes('…')) return false // a placeholder, e.g. 'sha256$…'
  const source = ts.createSourceFile('value.ts', `(${text})`, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS)
  const [statement] = source.statements
  if (source.statements.length !== 1 || !statement || !ts.isExpressionStatement(statement)) return false
  if ((source as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length > 0) return false
  const literal = (node: ts.Node): boolean =>
    ts.isStringLiteral(node) || ts.isNumericLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword ||
    (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) ||
    (ts.isParenthesizedExpression(node) && literal(node.expression)) ||
    (ts.isArrayLiteralExpression(node) && node.elements.every(literal)) ||
    (ts.isObjectLiteralExpression(node) && node.properties.every((property) =>
      ts.isPropertyAssignment(property) && !ts.isComputedPropertyName(property.name) && literal(property.initializer)))
  return literal(statement.expression)
}

/**
 * The example with each `expression //=> value` statement, where the value is a plain literal,
 * turned into `expectExampleValue(expression, value)`, so that a claimed result is checked.
 * Lines stay where they are.
 */
export function withCheckedResults(code: string): string {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
  const edits: { start: number; end: number; text: string }[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node)) {
      const comment = ts.getTrailingCommentRanges(code, node.end)?.[0]
      const text = comment && code.slice(comment.pos, comment.end)
      const claimed = text?.startsWith('//=>') ? text.slice(4).trim() : undefined
      if (comment && claimed !== undefined && isLiteral(claimed)) {
        edits.push({ start: node.getStart(source), end: comment.end, text: `expectExampleValue(${node.expression.getText(source)}, ${claimed})` })
        return
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return edits.reduceRight((result, { start, end, text }) => result.slice(0, start) + text + result.slice(end), code)
}

/**
 * The module for one example: imports of every export of the packages (its own package first)
 * and of the shared example context that it does not declare itself, then the example.
 */
export function exampleModule(example: TsdocExample, exportsByPackage: ReadonlyMap<string, readonly string[]>, contextNames: readonly string[]): string {
  const code = withCheckedResults(example.code)
  const taken = declaredNames(code)
  const own = PACKAGES.find((entry) => entry.folder === example.folder)!
  const imports: string[] = []
  for (const { name } of [own, ...PACKAGES.filter((entry) => entry !== own)]) {
    const names = (exportsByPackage.get(name) ?? []).filter((exported) => !taken.has(exported))
    for (const exported of names) taken.add(exported)
    if (names.length > 0) imports.push(`import { ${names.join(', ')} } from '${name}'`)
  }
  const context = contextNames.filter((name) => !taken.has(name))
  if (context.length > 0) imports.push(`import { ${context.join(', ')} } from './exampleContext.mjs'`)
  return `${imports.join('\n')}\n// ${example.file}:${example.line} (${example.symbol})\n${code}\nexport {}\n`
}

/** The number of lines {@link exampleModule} puts before the example's code. */
export const headerLines = (module: string): number => module.split('\n').findIndex((line) => line.startsWith('// packages/')) + 1

/** The names each package exports (values and types), read from its built declarations. */
export function packageExports(root: string): Map<string, string[]> {
  const probe = join(root, 'node_modules', '.cache', 'doorstart-examples', 'probe.mts')
  const host = ts.createCompilerHost(COMPILER_OPTIONS)
  const read = host.readFile
  host.readFile = (file) => file === probe ? PACKAGES.map(({ name }, i) => `import * as p${i} from '${name}'`).join('\n') : read(file)
  host.fileExists = ((exists) => (file: string) => file === probe || exists(file))(host.fileExists)
  const program = ts.createProgram([probe], COMPILER_OPTIONS, host)
  const checker = program.getTypeChecker()
  const result = new Map<string, string[]>()
  const source = program.getSourceFile(probe)!
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement)) continue
    const name = (statement.moduleSpecifier as ts.StringLiteral).text
    const symbol = checker.getSymbolAtLocation(statement.moduleSpecifier)
    result.set(name, symbol ? checker.getExportsOfModule(symbol).map((exported) => exported.name).sort() : [])
  }
  return result
}

/** What a reader's strict TypeScript project would use. */
export const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2022.d.ts'], types: ['node'], strict: true, noUncheckedIndexedAccess: true,
  skipLibCheck: true, esModuleInterop: true, noEmitOnError: false,
}
