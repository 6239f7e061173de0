/** What the directory and opportunity pages show around search hits: cards, commune centres, EPCI names. */
export { communeCentre, companyCards, epciNames, needCards } from "@/db/queries/search-cards";
