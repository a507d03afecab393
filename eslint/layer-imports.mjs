// The layer rule of README › Layout as an ESLint rule of our own. no-restricted-imports matches specifier text,
// so `../../main/store/x`, `./../store/x`, `await import('../store/x')` and `require('../store/x')` walked around
// it; this rule resolves every relative specifier to the repository path it names before asking the policy, and
// reads `import`, `export … from`, `import()`, `require()` and `typeof import()` alike.
import path from 'node:path';

/** The string a module specifier node holds, or null when it is computed (`import(name)`). */
function specifierText(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return null;
}

/**
 * The target of a specifier: `{ path }` for one of ours (a repository path without extension, `src/main/store/x`)
 * or `{ bare }` for a package (`electron`, `node:fs`).
 */
export function resolveSpecifier(fromFile, specifier) {
  if (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..') {
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
    return { path: resolved.replace(/\.(m|c)?[jt]sx?$/, '') };
  }
  return { bare: specifier };
}

/**
 * A rule that reports each module reference `policy(fromFile, target)` refuses. `policy` answers the message to
 * show, or null; `fromFile` and `target.path` are posix paths relative to ESLint's working directory.
 */
export function layerImportsRule(policy) {
  return {
    meta: {
      type: 'problem',
      docs: { description: 'Layers import downward only (README › Layout), however the import is written.' },
      schema: [],
    },
    create(context) {
      const fromFile = path.relative(context.cwd, context.filename).split(path.sep).join('/');
      function check(node, source) {
        const specifier = specifierText(source);
        if (specifier === null) return;
        const message = policy(fromFile, resolveSpecifier(fromFile, specifier));
        if (message) context.report({ node, message });
      }
      return {
        ImportDeclaration: (node) => check(node, node.source),
        ExportNamedDeclaration: (node) => node.source && check(node, node.source),
        ExportAllDeclaration: (node) => check(node, node.source),
        ImportExpression: (node) => check(node, node.source),
        // typescript-eslint 8 names the specifier `source`; older versions `argument.literal`.
        TSImportType: (node) => check(node, node.source ?? node.argument?.literal),
        CallExpression(node) {
          if (
            node.callee.type === 'Identifier' &&
            node.callee.name === 'require' &&
            node.arguments.length > 0
          ) {
            check(node, node.arguments[0]);
          }
        },
      };
    },
  };
}
