/** This action's own version (kept in step with package.json by the release). */
export const TOOL_VERSION = '0.1.0'
