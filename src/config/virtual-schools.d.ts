/** The schools this build holds, written by wxt.config.ts after validating them. */
declare module 'virtual:before-you-post/schools' {
  const schools: unknown;
  export default schools;
}
