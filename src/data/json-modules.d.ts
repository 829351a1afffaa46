// Bundled datasets are typed `unknown` on purpose: they go through validateDataset like any council's file.
declare module '*.json' {
  const value: unknown;
  export default value;
}
