export * from "./reference";
export * from "./accounts";
export * from "./charter";
export * from "./audit";
export * from "./meta";
