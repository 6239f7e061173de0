/** Reference reads for pickers and forms: communes, areas (EPCI, departments…), NAF codes. */
export { findEpci, searchAreas, searchCommunes, searchNaf } from "@/db/queries/reference";
