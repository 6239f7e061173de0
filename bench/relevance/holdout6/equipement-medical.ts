import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h6-equipement-medical",
  specialties: [
    {
      key: "h6-distribution-materiel-medical",
      naf: ["46.46Z", "46.69B", "47.74Z"],
      names: [
        "MEDISUD DISTRIBUTION",
        "PROVENCE EQUIPEMENT MEDICAL",
        "HOSPITAL SERVICES MEDITERRANEE",
        "MEDIPRO 13",
        "ETABLISSEMENTS BRUNEL",
        "CLINIQUE FOURNITURES SUD",
        "SANTE COLLECTIVITES DIFFUSION",
        "AXOMED",
        "SOCIETE MEDICALE DU LITTORAL",
      ],
      ideas: [
        [
          "Distributeur de matériel médical pour les établissements de santé, EHPAD et professionnels libéraux.",
          "Nous équipons les cliniques, maisons de retraite et cabinets médicaux.",
          "Vente de dispositifs médicaux et de mobilier médical aux professionnels de santé.",
        ],
        [
          "Lits médicalisés, fauteuils de repos, lève-personnes, verticalisateurs et matelas anti-escarres.",
          "Mobilier de soins : lits électriques, chariots de soins, tables d'examen.",
          "Aides aux transferts et équipements de prévention des escarres.",
        ],
        [
          "Consommables médicaux : gants, compresses, seringues, protections pour incontinence.",
          "Livraison régulière de consommables et de produits d'hygiène pour les services de soins.",
          "Plus de 10 000 références de consommables en stock.",
        ],
        [
          "Diagnostic : tensiomètres, ECG, oxymètres, défibrillateurs, chariots d'urgence.",
          "Matériel de diagnostic et d'urgence pour cabinets et infirmeries.",
          "Équipement des salles de soins et des infirmeries d'entreprise.",
        ],
        [
          "Référencé auprès des centrales d'achat hospitalières et titulaire de marchés publics.",
          "Nous répondons aux appels d'offres des hôpitaux et des groupements d'EHPAD.",
          "Catalogue conforme aux marchés publics et livraison sur bons de commande.",
        ],
        [
          "Livraison, installation et formation du personnel à l'utilisation du matériel.",
          "Nos techniciens installent et mettent en service les équipements sur site.",
          "Livraison sous 48 h dans les Bouches-du-Rhône et le Var.",
        ],
      ],
      vague: ["Matériel médical.", "Fournisseur pour les professionnels de santé.", "Commerce de gros."],
    },
    {
      key: "h6-maintenance-biomedicale",
      naf: ["33.13Z", "33.19Z", "71.20B"],
      names: [
        "BIOMED SERVICES SUD",
        "TECHNI MEDICAL MAINTENANCE",
        "MAINTENANCE HOSPITALIERE PROVENCE",
        "CONTROLE QUALITE DISPOSITIFS MEDICAUX",
        "ATELIER BIOMEDICAL MARSEILLAIS",
        "SERVITECH SANTE",
        "MTB INGENIERIE",
        "ELECTROMEDICAL REPARATION",
      ],
      ideas: [
        [
          "Maintenance préventive et curative des dispositifs médicaux, toutes marques.",
          "Nous entretenons et réparons les équipements biomédicaux des établissements de santé.",
          "Service de maintenance biomédicale multimarque pour hôpitaux, cliniques et EHPAD.",
        ],
        [
          "Contrôles qualité réglementaires des équipements de radiologie et de dialyse.",
          "Contrôles de sécurité électrique selon la norme NF EN 62353.",
          "Contrôles obligatoires et étalonnage des dispositifs médicaux.",
        ],
        [
          "Pousse-seringues, pompes à perfusion, moniteurs, respirateurs, défibrillateurs.",
          "Nous intervenons sur les appareils de perfusion, de monitorage et de ventilation.",
          "Équipements de bloc opératoire, de stérilisation et de réanimation.",
        ],
        [
          "Techniciens biomédicaux diplômés, formés par les constructeurs.",
          "Une équipe d'ingénieurs et de techniciens biomédicaux habilités.",
          "Personnel formé en usine et habilité électriquement.",
        ],
        [
          "Gestion de votre parc et de la matériovigilance via une GMAO en ligne.",
          "Inventaire du parc, planning des maintenances et traçabilité des interventions.",
          "Registre de sécurité des dispositifs médicaux tenu à jour.",
        ],
        [
          "Contrats annuels avec délai d'intervention garanti sous 4 h ou 24 h.",
          "Astreinte et prêt d'appareils pendant les réparations.",
          "Intervention sur site ou en atelier, avec matériel de remplacement.",
        ],
      ],
      vague: ["Maintenance technique.", "Réparation d'équipements.", "Services biomédicaux."],
    },
    {
      key: "h6-prestataire-sante-domicile",
      naf: ["47.74Z", "77.29Z", "86.90F"],
      names: [
        "DOMICILE SANTE PROVENCE",
        "MEDICAL HOME SERVICES",
        "PHARMA DOM 13",
        "MAINTIEN A DOMICILE SERVICES",
        "BIEN CHEZ SOI MEDICAL",
        "ORTHO CONFORT",
        "LOC MEDICAL AUBAGNE",
        "AIDES ET CONFORT",
      ],
      ideas: [
        [
          "Location et vente de matériel médical pour le maintien à domicile des patients.",
          "Nous installons à domicile lits médicalisés, fauteuils roulants et lève-personnes.",
          "Prestataire de santé à domicile : le matériel prescrit livré et installé chez vous.",
        ],
        [
          "Prise en charge par la Sécurité sociale et les mutuelles, tiers payant.",
          "Location remboursée sur prescription médicale.",
          "Nous gérons les démarches avec votre caisse d'assurance maladie.",
        ],
        [
          "Oxygénothérapie, perfusion et nutrition à domicile en lien avec les infirmiers libéraux.",
          "Assistance respiratoire et perfusion à domicile, astreinte 7 j/7.",
          "Coordination avec le médecin traitant et les infirmiers du patient.",
        ],
        [
          "Magasin ouvert au public : aides techniques, incontinence, confort du quotidien.",
          "Boutique de matériel médical pour les particuliers et les aidants.",
          "Showroom d'aides à la vie quotidienne : déambulateurs, sièges de douche, rehausseurs.",
        ],
        [
          "Location courte durée de fauteuils roulants pour vacances ou convalescence.",
          "Location à la semaine de matériel après une opération ou une hospitalisation.",
          "Matériel disponible en location temporaire pour les retours d'hospitalisation.",
        ],
        [
          "Livraison et installation chez le patient sous 24 h dans tout le département.",
          "Nos techniciens livrent et règlent le matériel au domicile.",
          "Intervention rapide à domicile et reprise du matériel en fin de location.",
        ],
      ],
      vague: ["Matériel médical.", "Maintien à domicile.", "Santé à domicile."],
    },
    {
      key: "h6-orthopedie-appareillage",
      naf: ["32.50A", "47.74Z", "86.90E"],
      names: [
        "ORTHOPEDIE DU PRADO",
        "LABORATOIRE D'ORTHESES PROVENCE",
        "PODO ORTHESE SUD",
        "APPAREILLAGE MEDICAL MARSEILLAIS",
        "ETS CASTELLANO ORTHOPEDIE",
        "ORTHO PROTHESE MEDITERRANEE",
        "ATELIER ORTHOPEDIQUE AIXOIS",
        "CORSETERIE MEDICALE GIMENEZ",
      ],
      ideas: [
        [
          "Orthèses et prothèses sur mesure fabriquées dans notre atelier.",
          "Orthoprothésiste : conception et fabrication d'appareillages sur mesure.",
          "Fabrication de corsets, attelles et prothèses de membre sur mesure.",
        ],
        [
          "Chaussures orthopédiques et semelles sur mesure par un podo-orthésiste.",
          "Podo-orthèses et chaussures thérapeutiques sur mesure.",
          "Semelles orthopédiques réalisées après examen podologique.",
        ],
        [
          "Prise de mesure par scanner 3D et fabrication numérique.",
          "Numérisation 3D et impression des orthèses pour un ajustement précis.",
          "Atelier équipé de thermoformage et d'usinage CAO.",
        ],
        [
          "Nous intervenons dans les centres de rééducation, hôpitaux et services de pédiatrie.",
          "Consultations d'appareillage en établissement de soins de suite et de réadaptation.",
          "Partenaire des services de médecine physique et de réadaptation.",
        ],
        [
          "Professionnels diplômés, agréés par l'Assurance maladie.",
          "Appareillage remboursé selon la LPPR, devis soumis à entente préalable.",
          "Orthopédistes-orthésistes et orthoprothésistes agréés.",
        ],
        [
          "Bas de contention, ceintures lombaires et orthèses de série.",
          "Large gamme de contention et d'orthopédie de série en magasin.",
          "Contention veineuse sur mesure et de série.",
        ],
      ],
      vague: ["Orthopédie.", "Appareillage médical.", "Santé et bien-être."],
    },
  ],
  needs: [
    {
      target: "h6-distribution-materiel-medical",
      related: ["h6-prestataire-sante-domicile"],
      title: "Achat de 20 lits médicalisés pour EHPAD",
      description:
        "EHPAD de 84 lits à Salon-de-Provence, nous renouvelons 20 lits électriques à hauteur variable avec barrières et matelas anti-escarres classe II. Livraison, installation et formation des soignants demandées avant fin juin.",
      kind: "supplies",
      nafPicked: ["46.46Z"],
      budget: [35000, 60000],
    },
    {
      target: "h6-maintenance-biomedicale",
      related: ["h6-distribution-materiel-medical"],
      title: "Entretien annuel de nos appareils de soins",
      description:
        "Clinique de 120 lits à Marseille 8e : nous avons environ 350 appareils (pousse-seringues, pompes, moniteurs, défibrillateurs, bistouris électriques) de marques différentes à faire vérifier et réparer. Contrat de 3 ans avec passage préventif annuel et dépannage rapide.",
      kind: "services",
      nafPicked: ["33.12Z", "46.46Z"],
      budget: [40000, 90000],
    },
    {
      target: "h6-prestataire-sante-domicile",
      related: ["h6-distribution-materiel-medical"],
      title: "Location lits et fauteuils pour hébergement temporaire",
      description:
        "Notre résidence services seniors d'Aix-en-Provence ouvre 6 places d'hébergement temporaire de juillet à septembre. Nous voulons louer au mois 6 lits médicalisés, 4 fauteuils roulants et 2 lève-personnes, livrés et repris à la fin.",
      kind: "supplies",
      nafPicked: ["77.39Z"],
      budget: [3000, 7000],
    },
    {
      target: "h6-orthopedie-appareillage",
      related: ["h6-prestataire-sante-domicile"],
      title: "Appareillage sur mesure pour patients en rééducation",
      description:
        "Centre de rééducation à Marseille 12e : nous cherchons un professionnel qui vienne en consultation dans nos murs une demi-journée par semaine pour mesurer, fabriquer et ajuster des orthèses (attelles, corsets) et des chaussures adaptées pour nos patients.",
      kind: "services",
      nafPicked: ["86.10Z", "47.74Z"],
      budget: null,
    },
  ],
};
