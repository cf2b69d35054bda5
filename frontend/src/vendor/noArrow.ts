/**
 * Stand-in for `apache-arrow`, which `streamlit-component-lib` imports for
 * dataframe arguments. This component sends and receives JSON only, so the 38 KB
 * (gzip) Arrow library is aliased to this module; any use fails loudly.
 */
function unsupported(): never {
  throw new Error("octocom-streamlit: dataframe (Arrow) arguments are not supported by this component");
}
export const tableFromIPC = unsupported;
export const tableToIPC = unsupported;
export const Type = new Proxy({}, { get: unsupported });
export class Table {
  constructor() {
    unsupported();
  }
}
