/** The buyer's need lists on its dashboard (/tableau-de-bord/besoins), filtered and paged. */
export { buyerPublishedNeeds, buyerPurchaseNeeds, type NeedFilter, type PurchaseFilter } from "@/db/queries/dashboards/buyer";
