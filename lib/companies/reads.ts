/** Reads behind the company pages: cards, members, the signature, the public profile, staff lists and counts. */
export { companyMembers, companySignature, findCompanyCard, listCompanies, platformCounts, type CompanyStatusFilter } from "@/db/queries/companies";
export { isCompanyPubliclyVisible, loadCompanyProfile, type CompanyProfile } from "@/db/queries/company-profile";
