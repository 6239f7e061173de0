/** Building trades: joinery, electricity, plumbing, HVAC, finishing, masonry, roofing, insulation, earthworks. */
import type { Activity } from "./activity";

export const BUILDING_TRADES: Activity[] = [
  {
    naf: "43.32A",
    weight: 4,
    names: ["Menuiserie {nom}", "Menuiserie {nom} & Fils", "Atelier Bois {lieu}", "{lieu} Menuiserie Agencement"],
    descriptions: [
      "Fabrication et pose de menuiseries bois, PVC et aluminium : portes, fenêtres, placards et agencements sur mesure.",
      "Agencement de bureaux, de commerces et de locaux recevant du public, de l'étude à la pose.",
    ],
  },
  {
    naf: "43.21A",
    weight: 5,
    names: ["{nom} Électricité", "Élec {lieu}", "{lieu} Électricité Services", "Électricité Générale {nom}"],
    descriptions: [
      "Installations électriques neuves et rénovation en tertiaire et en industrie, courants faibles et éclairage LED.",
      "Électricité générale, mise en conformité, bornes de recharge et maintenance des installations des entreprises.",
    ],
  },
  {
    naf: "43.22A",
    weight: 4,
    names: ["Plomberie {nom}", "{lieu} Plomberie", "{nom} Plomberie Sanitaire"],
    descriptions: [
      "Plomberie, réseaux d'eau et de gaz, sanitaires et dépannage pour les locaux professionnels.",
      "Installation et rénovation de réseaux sanitaires, recherche de fuites et contrats d'entretien.",
    ],
  },
  {
    naf: "43.22B",
    weight: 4,
    names: ["{lieu} Climatisation", "Thermique {nom}", "{nom} Chauffage Climatisation", "Clim' {lieu}"],
    descriptions: [
      "Chauffage, climatisation et ventilation : installation, pompes à chaleur et maintenance préventive.",
      "Génie climatique pour le tertiaire : études, pose et contrats de maintenance des équipements CVC.",
    ],
  },
  {
    naf: "43.34Z",
    weight: 4,
    names: ["Peinture {nom}", "{lieu} Peinture & Décoration", "Les Peintres {delieu}", "{nom} Peinture Vitrerie"],
    descriptions: [
      "Peinture intérieure et extérieure, ravalement de façades et vitrerie pour les entreprises et les copropriétés.",
      "Travaux de peinture en site occupé, revêtements muraux et remplacement de vitrages.",
    ],
  },
  {
    naf: "43.31Z",
    weight: 2,
    names: ["Plâtrerie {nom}", "{lieu} Plâtrerie Isolation", "{nom} Plaquiste"],
    descriptions: ["Plâtrerie, cloisons, faux plafonds et aménagement de plateaux de bureaux."],
  },
  {
    naf: "43.33Z",
    weight: 2,
    names: ["{lieu} Sols", "Carrelage {nom}", "{nom} Revêtements"],
    descriptions: ["Pose de carrelage, de sols souples et de revêtements muraux pour locaux professionnels."],
  },
  {
    naf: "43.99C",
    weight: 4,
    names: ["Maçonnerie {nom}", "{nom} Bâtiment", "{lieu} Construction", "Bâti {lieu}"],
    descriptions: [
      "Maçonnerie générale, gros œuvre et rénovation de bâtiments tertiaires et industriels.",
      "Entreprise de maçonnerie : extensions, réhabilitation et petits ouvrages en béton.",
    ],
  },
  {
    naf: "43.91B",
    weight: 2,
    names: ["Toitures {nom}", "{lieu} Couverture", "{nom} Couverture Zinguerie"],
    descriptions: ["Couverture, zinguerie et étanchéité, réfection de toitures tuiles et bacs acier."],
  },
  {
    naf: "43.29A",
    weight: 2,
    names: ["{lieu} Isolation", "Iso {nom}", "{nom} Isolation Thermique"],
    descriptions: ["Isolation thermique et acoustique des bâtiments, rénovation énergétique du tertiaire."],
  },
  {
    naf: "43.12A",
    weight: 2,
    names: ["Terrassement {nom}", "{lieu} TP", "{nom} Travaux Publics"],
    descriptions: ["Terrassement, VRD et préparation de chantiers, avec notre propre parc de matériel."],
  },
];
