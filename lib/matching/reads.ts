/** Reads behind the staff weights page (/cci/ponderations). */
export { weightsHistory } from "@/db/queries/need-matches";
