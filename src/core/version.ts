// The version build-lab reports (SARIF tool version, --version); kept in step with package.json by a test.
export const VERSION = '0.1.0'
