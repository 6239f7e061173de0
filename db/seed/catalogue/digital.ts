/** Digital services: software development, IT services, data hosting. */
import type { Activity } from "./activity";

export const DIGITAL: Activity[] = [
  {
    naf: "62.01Z",
    weight: 5,
    names: ["{lieu} Digital", "Code {lieu}", "{nom} Logiciels", "Studio {lieu} Numérique"],
    descriptions: [
      "Développement d'applications web et mobiles sur mesure, maintenance et hébergement.",
      "Conception de logiciels métiers et d'intégrations entre ERP, CRM et outils internes.",
    ],
  },
  {
    naf: "62.02A",
    weight: 3,
    names: ["{lieu} Informatique Conseil", "{nom} IT Services", "Réseaux {lieu}"],
    descriptions: [
      "Infogérance, cybersécurité et conseil en systèmes d'information pour les PME et les ETI.",
      "Audit, migration vers le cloud et assistance informatique des entreprises.",
    ],
  },
  {
    naf: "63.11Z",
    weight: 1,
    names: ["{lieu} Data Center", "Datacenter {lieu}"],
    descriptions: ["Hébergement de serveurs et de données en datacenter local, sauvegarde externalisée."],
  },
];
