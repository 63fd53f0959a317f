// Pattern analysis, risk and multiple systems estimation arrive with their issues; the package
// exists now so that the workspace layout of ARCHITECTURE.md is in place.
export {};
