import type { Trade } from "./types";

export const trade: Trade = {
  key: "juridique",
  specialties: [
    {
      key: "avocat-droit-des-affaires",
      naf: ["69.10Z"],
      names: [
        "LEXIA AVOCATS",
        "CABINET FAURE ET BRUNEL AVOCATS",
        "SELARL JURIS ENTREPRISES",
        "ARGOS AVOCATS ASSOCIES",
        "CORPORATE LEX",
        "BERGER ROYER AVOCATS",
        "SELAS ALTERA AVOCATS",
        "AARPI QUAI DES AFFAIRES",
      ],
      ideas: [
        [
          "Cabinet d'avocats en droit des affaires inscrit au barreau de Lyon.",
          "Avocats au barreau de Nantes, nous conseillons les entreprises et leurs dirigeants.",
          "Société d'avocats dédiée aux entreprises : conseil juridique et contentieux commercial.",
        ],
        [
          "Droit des sociétés : constitution, pactes d'associés, augmentations de capital, assemblées, cessions de titres.",
          "Nous rédigeons statuts et pactes d'actionnaires et accompagnons les opérations sur le capital.",
          "Transformation de société, entrée d'investisseurs, BSPCE et attributions gratuites d'actions.",
        ],
        [
          "Rédaction et négociation de contrats commerciaux : conditions générales de vente, distribution, franchise, sous-traitance.",
          "Nous sécurisons vos relations clients-fournisseurs : CGV, accords-cadres, clauses de responsabilité et de pénalités.",
          "Contrats de prestation, de licence, de partenariat et de confidentialité, en français et en anglais.",
        ],
        [
          "Cessions et acquisitions de PME : audit juridique, protocole de cession, garantie d'actif et de passif.",
          "Accompagnement des reprises d'entreprises, LBO et transmissions familiales.",
          "Due diligence juridique, lettre d'intention et contrat de cession de parts sociales.",
        ],
        [
          "Contentieux commercial : rupture brutale de relations établies, concurrence déloyale, litiges contractuels.",
          "Litiges entre associés et actions en responsabilité contre les dirigeants.",
          "Procédures d'urgence en référé et représentation devant le tribunal de commerce et la cour d'appel.",
        ],
        [
          "Honoraires au forfait ou abonnement juridique mensuel pour les PME.",
          "Convention d'honoraires claire : forfait pour les actes courants, taux horaire pour les dossiers complexes.",
          "Un abonnement permet à nos clients de nous consulter sans compter sur leurs questions courantes.",
        ],
      ],
      vague: ["Cabinet d'avocats.", "Conseil juridique aux entreprises.", "Avocat.", "Droit des affaires."],
    },
    {
      key: "avocat-droit-social",
      naf: ["69.10Z"],
      names: [
        "SOCIAL AVOCATS CONSEIL",
        "CABINET DELMAS DROIT DU TRAVAIL",
        "LABORA AVOCATS",
        "SELARL ROUSSEL ET PERRIN",
        "JURISOCIAL",
        "AVOCATS DU TRAVAIL ASSOCIES",
        "ERGA AVOCATS",
        "CABINET HAMEL-COSTA",
      ],
      ideas: [
        [
          "Cabinet d'avocats spécialisé en droit social, au conseil exclusif des employeurs.",
          "Avocat titulaire du certificat de spécialisation en droit du travail, nous défendons les entreprises.",
          "Nous intervenons en droit du travail et de la sécurité sociale pour les employeurs privés et associatifs.",
        ],
        [
          "Représentation devant le conseil de prud'hommes et la cour d'appel : licenciements contestés, heures supplémentaires, harcèlement.",
          "Contentieux prud'homal : préparation du dossier, plaidoirie, négociation de transactions.",
          "Défense de l'employeur en cas de litige avec un salarié, du bureau de conciliation jusqu'à l'appel.",
        ],
        [
          "Sécurisation des licenciements pour motif personnel ou économique et des ruptures conventionnelles.",
          "Accompagnement des ruptures : convocation, entretien préalable, lettre de licenciement, transaction.",
          "Plans de sauvegarde de l'emploi, ruptures conventionnelles collectives et reclassement.",
        ],
        [
          "Relations collectives : élections du CSE, négociation d'accords d'entreprise, NAO.",
          "Nous accompagnons les directions dans le dialogue social : accords sur le temps de travail, le télétravail, l'intéressement.",
          "Rédaction d'accords collectifs, de règlements intérieurs et de chartes informatiques.",
        ],
        [
          "Rédaction des contrats de travail, avenants, clauses de non-concurrence et de mobilité.",
          "Nous rédigeons vos CDI, CDD, conventions de forfait jours et clauses particulières adaptés à votre convention collective.",
          "Contrats de travail sur mesure pour cadres dirigeants, commerciaux et salariés détachés.",
        ],
        [
          "Assistance lors des contrôles URSSAF et de l'inspection du travail, contestation des redressements.",
          "Contentieux de la sécurité sociale : accidents du travail, faute inexcusable, taux AT/MP.",
          "Hotline sociale pour les services RH et les dirigeants de PME, réponse sous 48 heures.",
        ],
      ],
      vague: ["Cabinet d'avocats.", "Droit social.", "Conseil juridique.", "Avocat en droit du travail."],
    },
    {
      key: "office-notarial",
      naf: ["69.10Z"],
      names: [
        "OFFICE NOTARIAL DU PARC",
        "SELARL NOTAIRES DES TROIS VALLEES",
        "NOTAIRES ASSOCIES DE LA CITADELLE",
        "OFFICE NOTARIAL SAINT-MICHEL",
        "ETUDE NOTARIALE DU LAC",
        "NOTALYS",
        "OFFICE DES REMPARTS",
        "ACTE ET PATRIMOINE NOTAIRES",
      ],
      ideas: [
        [
          "Office notarial : actes authentiques en immobilier, droit de la famille et patrimoine.",
          "Étude de notaires associés, officiers publics, au service des particuliers et des entreprises.",
          "Notaires depuis trois générations, nous authentifions vos actes et conservons vos minutes.",
        ],
        [
          "Ventes immobilières : compromis, actes de vente, VEFA, prêts hypothécaires.",
          "Transactions immobilières : avant-contrats, actes de vente, servitudes et division de terrain.",
          "Service de négociation immobilière et d'estimation de biens au sein de l'étude.",
        ],
        [
          "Contrats de mariage, PACS, changements de régime matrimonial et donations entre époux.",
          "Droit de la famille : union, séparation, protection du conjoint, adoption.",
          "Conseils aux couples et aux familles pour organiser leur patrimoine.",
        ],
        [
          "Règlement des successions : inventaire, déclaration de succession, partage entre héritiers.",
          "Nous accompagnons les familles après un décès : acte de notoriété, attestation de propriété, partage.",
          "Donation-partage, démembrement de propriété et conseils en transmission.",
        ],
        [
          "Pour les entreprises : baux commerciaux, cessions de fonds de commerce, constitution de SCI.",
          "Immobilier d'entreprise : acquisition de locaux, crédit-bail immobilier, baux à construction.",
          "Accompagnement des chefs d'entreprise dans la transmission de leur patrimoine professionnel.",
        ],
        [
          "Signature électronique et actes à distance, rendez-vous en visioconférence.",
          "Une équipe de 12 personnes : notaires, clercs, formalistes et négociatrice immobilière.",
          "Émoluments réglementés pour les actes, honoraires libres pour les consultations.",
        ],
      ],
      vague: ["Office notarial.", "Notaires.", "Conseil juridique et patrimonial.", "Actes juridiques."],
    },
    {
      key: "recouvrement-creances",
      naf: ["82.91Z", "69.10Z"],
      names: [
        "RECOUVRA",
        "CREDITIA RECOUVREMENT",
        "AGENCE DE RECOUVREMENT DU CENTRE",
        "IMPAYES SOLUTIONS",
        "SOLVEO CONTENTIEUX",
        "CASH RETOUR B2B",
        "NORD CREANCES",
        "RECOUVREMENT ET INFORMATION COMMERCIALE",
      ],
      ideas: [
        [
          "Société de recouvrement de créances amiable et judiciaire pour les entreprises.",
          "Nous récupérons vos factures impayées auprès de vos clients professionnels et particuliers.",
          "Agence de recouvrement déclarée auprès du procureur de la République, garantie financière et assurance RC professionnelle.",
        ],
        [
          "Phase amiable : relances écrites et téléphoniques, négociation d'échéanciers avec le débiteur.",
          "Relances multicanales (courrier, SMS, téléphone, e-mail) et protocoles de paiement.",
          "Recouvrement amiable sans frais fixes : nous sommes rémunérés au pourcentage des sommes encaissées.",
        ],
        [
          "Phase judiciaire avec notre réseau d'avocats et de commissaires de justice : injonction de payer, saisies.",
          "Si l'amiable échoue, nous engageons l'injonction de payer puis l'exécution forcée.",
          "Suivi des procédures et déclarations de créances en cas de redressement ou de liquidation judiciaire.",
        ],
        [
          "Enquêtes de solvabilité, recherche d'adresses de débiteurs, renseignements commerciaux.",
          "Information financière sur vos clients : scores de risque, alertes sur les procédures collectives.",
          "Localisation des débiteurs et enquêtes patrimoniales avant d'engager des frais de procédure.",
        ],
        [
          "Recouvrement international dans plus de 40 pays grâce à nos correspondants.",
          "Créances à l'étranger : Espagne, Italie, Allemagne, Belgique et Maghreb.",
          "Traitement des impayés export, y compris par l'injonction de payer européenne.",
        ],
        [
          "Portail client : transmission des dossiers, suivi en temps réel, reversement mensuel des fonds.",
          "Externalisation de vos relances clients pour réduire votre délai moyen de paiement.",
          "Gestion déléguée du poste clients : relance préventive avant échéance, lettrage, reporting mensuel.",
        ],
      ],
      vague: ["Recouvrement de créances.", "Gestion des impayés.", "Services aux entreprises.", "Contentieux et recouvrement."],
    },
  ],
  needs: [
    {
      target: "avocat-droit-social",
      related: ["avocat-droit-des-affaires"],
      title: "Défense aux prud'hommes suite à un licenciement pour faute grave",
      description:
        "Un ancien chef d'équipe conteste son licenciement pour faute grave et réclame des rappels d'heures supplémentaires. L'audience de conciliation a lieu dans six semaines au conseil de prud'hommes de Créteil. Nous cherchons un avocat côté employeur pour reprendre le dossier.",
      kind: "services",
      nafPicked: ["69.10Z"],
      budget: [3000, 8000],
    },
    {
      target: "recouvrement-creances",
      related: ["avocat-droit-des-affaires"],
      title: "Récupérer 38 factures clients impayées",
      description:
        "Nous avons 38 factures échues depuis plus de 90 jours, pour 74 000 € au total, chez une trentaine de clients professionnels. Nous voulons confier les relances et, si besoin, les injonctions de payer. Rémunération au résultat souhaitée.",
      kind: "services",
      nafPicked: ["69.10Z"],
      budget: null,
    },
  ],
};
