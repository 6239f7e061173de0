/** What the directory and opportunity pages show around search hits: cards, commune centres, EPCI names. */
export { challengeCards, communeCentre, companyCards, epciNames, needCards, skillPostCards } from "@/db/queries/search-cards";
