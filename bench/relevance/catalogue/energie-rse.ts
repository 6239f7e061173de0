import type { Trade } from "./types";

export const trade: Trade = {
  key: "energie-rse",
  specialties: [
    {
      key: "bilan-carbone",
      naf: ["70.22Z", "74.90B", "71.12B"],
      names: [
        "CARBONE CONSEIL",
        "EMISSIA",
        "CLIMAT ET STRATEGIE",
        "DECARBO PARTNERS",
        "TRANSITION BAS CARBONE CONSEIL",
        "EMPREINTE CONSEIL",
        "OREE CONSEIL",
        "ALTITUDE CLIMAT",
      ],
      ideas: [
        [
          "Bilans carbone et bilans d'émissions de gaz à effet de serre (BEGES) réglementaires.",
          "Mesure de l'empreinte carbone des entreprises sur les scopes 1, 2 et 3.",
          "Cabinet de conseil climat : nous calculons vos émissions et construisons votre trajectoire de réduction.",
        ],
        [
          "Méthode Bilan Carbone®, GHG Protocol et ISO 14064.",
          "Consultants formés et licenciés par l'Association pour la transition bas carbone.",
          "BEGES réalisés selon la méthode réglementaire et publiés sur la plateforme de l'ADEME.",
        ],
        [
          "Trajectoire de réduction alignée sur l'accord de Paris, démarche SBTi.",
          "Plans d'action chiffrés : fret, achats, déplacements, énergie.",
          "Accompagnement à la démarche ACT Pas-à-Pas.",
        ],
        [
          "Accompagnement CSRD : analyse de double matérialité, indicateurs ESRS, rapport de durabilité.",
          "Reporting extra-financier, évaluations EcoVadis et questionnaires CDP.",
          "Réponses RSE aux questionnaires de vos clients et aux appels d'offres.",
        ],
        [
          "Missions éligibles au Diag Décarbon'Action de Bpifrance et de l'ADEME.",
          "Nos diagnostics peuvent être cofinancés par Bpifrance et l'ADEME.",
          "Aide au montage des dossiers de financement de la transition.",
        ],
        [
          "Ateliers Fresque du Climat et sensibilisation des salariés.",
          "Formation des équipes aux enjeux climatiques.",
          "Animations et conférences en entreprise sur le climat.",
        ],
      ],
      vague: ["Conseil aux entreprises.", "Conseil en environnement.", "RSE et développement durable.", "Conseil en stratégie."],
    },
    {
      key: "audit-energetique-tertiaire",
      naf: ["71.12B", "74.90B", "70.22Z"],
      names: [
        "ENERGIE AUDIT INGENIERIE",
        "BUREAU D'ETUDES THERMIQUES DU RHONE",
        "KILOWATT CONSEIL",
        "EFFICIENCE BATIMENT",
        "THERMA ETUDES",
        "ENERGIS INGENIERIE",
        "OPTIMA ENERGIE",
        "WATT ET MESURES",
      ],
      ideas: [
        [
          "Bureau d'études en efficacité énergétique : audits de bâtiments tertiaires et de sites industriels.",
          "Audits énergétiques réglementaires conformes à la norme NF EN 16247.",
          "Ingénieurs thermiciens, nous analysons vos consommations et chiffrons un plan d'économies.",
        ],
        [
          "Décret tertiaire : année de référence, déclaration OPERAT, plan d'actions pour -40 % en 2030.",
          "Conformité au dispositif Éco Énergie Tertiaire, modulations et dossiers techniques.",
          "Saisie des consommations sur OPERAT et suivi annuel des objectifs.",
        ],
        [
          "Qualifications OPQIBI 1905 et 1911, bureau d'études RGE.",
          "Auditeurs qualifiés OPQIBI pour les audits obligatoires des grandes entreprises.",
          "Références en audits de bureaux, d'hôtels, d'écoles et d'entrepôts.",
        ],
        [
          "Campagnes de mesures : sous-comptages, enregistreurs, thermographie infrarouge.",
          "Instrumentation temporaire et analyse des courbes de charge.",
          "Thermographie des façades et des toitures.",
        ],
        [
          "Décret BACS : systèmes de gestion technique du bâtiment et pilotage du chauffage et de la climatisation.",
          "Optimisation des utilités industrielles : air comprimé, froid, récupération de chaleur.",
          "Études de valorisation des certificats d'économies d'énergie.",
        ],
        [
          "Maîtrise d'œuvre des travaux de rénovation énergétique.",
          "Suivi des travaux et mesure des économies réalisées.",
          "Assistance à la passation de contrats de performance énergétique.",
        ],
      ],
      vague: ["Bureau d'études.", "Ingénierie, études techniques.", "Conseil en énergie.", "Efficacité énergétique."],
    },
    {
      key: "photovoltaique-entreprises",
      naf: ["43.21A", "35.11Z", "43.22B"],
      names: [
        "SOLAIRE PRO INDUSTRIE",
        "HELIOS OMBRIERES",
        "SOLEIL DES ENTREPRISES",
        "PV TERTIAIRE",
        "LUMENERGIE",
        "SUNWATT SOLUTIONS",
        "TOITURES SOLAIRES DU SUD",
        "AUTOCONSO PRO",
      ],
      ideas: [
        [
          "Centrales photovoltaïques sur toitures de bâtiments industriels, agricoles et tertiaires.",
          "Installateur photovoltaïque pour les professionnels, de 36 kWc à 1 MWc.",
          "Centrales solaires en toiture et au sol pour les entreprises et les collectivités.",
        ],
        [
          "Ombrières de parking photovoltaïques pour répondre à la loi APER.",
          "Ombrières solaires pour parkings de plus de 1 500 m².",
          "Structures d'ombrières avec bornes de recharge intégrées.",
        ],
        [
          "Autoconsommation individuelle ou collective, revente du surplus.",
          "Étude de rentabilité : profil de consommation, taux d'autoconsommation, retour sur investissement.",
          "Vente totale ou autoconsommation : nous comparons les scénarios pour vous.",
        ],
        [
          "Installateur certifié QualiPV et RGE, garantie décennale.",
          "Qualification QualiPV Bât et Elec, bureau d'études intégré.",
          "Installations réalisées par nos équipes salariées et habilitées.",
        ],
        [
          "Déclaration préalable, raccordement Enedis, attestation Consuel : nous gérons tout.",
          "Démarches administratives et raccordement pris en charge.",
          "Tiers-investissement possible : location de votre toiture sans investissement.",
        ],
        [
          "Maintenance, supervision à distance et nettoyage des panneaux.",
          "Contrat de maintenance avec suivi de production en temps réel.",
          "Intervention rapide en cas de baisse de production.",
        ],
      ],
      vague: ["Énergies renouvelables.", "Électricité générale.", "Installation solaire.", "Production d'électricité."],
    },
    {
      key: "conseil-energie-particuliers",
      naf: ["74.90B", "94.99Z", "71.12B"],
      names: [
        "MAISON ECONOME CONSEIL",
        "RENOV HABITAT CONSEIL",
        "MON LOGEMENT MALIN",
        "THERMI-HABITAT",
        "DIAG MAISON",
        "ASSOCIATION ENERGIE POUR TOUS",
        "CHEZ SOI ECONOME",
        "HABITAT SOBRE ACCOMPAGNEMENT",
      ],
      ideas: [
        [
          "Conseils aux particuliers pour réduire leur facture d'énergie et rénover leur logement.",
          "Accompagnement des propriétaires dans leur projet de rénovation énergétique.",
          "Conseiller énergie indépendant pour les maisons et appartements.",
        ],
        [
          "Accompagnateur Rénov' agréé pour MaPrimeRénov' rénovation d'ampleur.",
          "Agréés Mon Accompagnateur Rénov', nous suivons votre projet de A à Z.",
          "Montage des dossiers MaPrimeRénov', primes CEE et éco-prêt à taux zéro.",
        ],
        [
          "Audit énergétique de maison individuelle et DPE avant vente.",
          "Audit obligatoire pour vendre une maison classée F ou G.",
          "Visite du logement et scénarios de travaux par étapes.",
        ],
        [
          "Conseils sur les écogestes, les contrats d'électricité et le chauffage.",
          "Aide à la lecture des factures et comparaison des fournisseurs d'énergie.",
          "Choisir entre pompe à chaleur, poêle à granulés ou isolation des combles.",
        ],
        [
          "Aide à la comparaison des devis d'artisans RGE.",
          "Relecture des devis et suivi des travaux chez vous.",
          "Nous vous orientons vers des artisans qualifiés.",
        ],
        [
          "Permanences gratuites en mairie, lutte contre la précarité énergétique.",
          "Visites à domicile pour les ménages modestes.",
          "Ateliers collectifs pour les habitants.",
        ],
      ],
      vague: ["Conseil en énergie.", "Rénovation énergétique.", "Accompagnement des particuliers.", "Conseil en environnement."],
    },
  ],
  needs: [
    {
      target: "audit-energetique-tertiaire",
      related: ["bilan-carbone", "photovoltaique-entreprises"],
      title: "Mise en conformité décret tertiaire de nos 3 sites",
      description:
        "Nous occupons trois bâtiments de bureaux (2 400, 1 800 et 1 100 m²) soumis au décret tertiaire. Il faut fixer l'année de référence, déclarer sur OPERAT et établir un plan d'actions chiffré pour atteindre -40 % en 2030. Visites sur site souhaitées avant l'été.",
      kind: "services",
      nafPicked: ["70.22Z"],
      budget: [12000, 25000],
    },
    {
      target: "photovoltaique-entreprises",
      related: ["audit-energetique-tertiaire"],
      title: "Ombrières solaires pour le parking du siège",
      description:
        "Parking de 180 places (environ 4 200 m²) concerné par la loi APER. Nous voulons des ombrières photovoltaïques en autoconsommation avec revente du surplus, étude de rentabilité, démarches Enedis et maintenance incluses. Mise en service visée avant juillet 2026.",
      kind: "works",
      nafPicked: ["35.11Z"],
      budget: [700000, 1200000],
    },
  ],
};
