/**
 * Draft.js 0.11.7 pulls in fbjs/lib/setImmediate, which reads Node's `global`
 * (`module.exports = global.setImmediate`) when it is first evaluated. Browsers
 * have no `global`, so alias it to `globalThis`. Import this before 'draft-js'.
 */
const scope = globalThis as typeof globalThis & { global?: typeof globalThis };
scope.global ??= globalThis;
