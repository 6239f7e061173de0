import type { Trade } from "./types";

export const trade: Trade = {
  key: "electricite",
  specialties: [
    {
      key: "electricite-batiment-tertiaire",
      naf: ["43.21A", "43.21B"],
      names: [
        "ELECTRICITE GENERALE DU BATIMENT",
        "ELEC TERTIAIRE SERVICES",
        "COURANTS FORTS ET FAIBLES",
        "SARL FAURE ELECTRICITE",
        "VOLTA INSTALLATIONS",
        "LUMEN ELEC",
        "RESEAUX ET ENERGIE BATIMENT",
        "ELECTRO BAT 59",
        "AMPERE CONCEPT",
      ],
      ideas: [
        [
          "Installations électriques courants forts et courants faibles pour bâtiments tertiaires, industriels et logements collectifs.",
          "Électricité générale en neuf et en rénovation : distribution, tableaux, éclairage, prises.",
          "Lots électricité de chantiers de bureaux, écoles, EHPAD et commerces.",
        ],
        [
          "Courants faibles : câblage VDI, baies informatiques, fibre optique, contrôle d'accès, vidéosurveillance.",
          "Réseaux informatiques, téléphonie, interphonie et systèmes de sécurité incendie.",
          "Précâblage VDI catégorie 6A, SSI et alarmes intrusion.",
        ],
        [
          "Conception et montage de tableaux généraux basse tension (TGBT) et d'armoires divisionnaires.",
          "Distribution électrique, TGBT, postes de transformation HTA/BT.",
          "Tableaux électriques, mise en conformité et levée des réserves du bureau de contrôle.",
        ],
        [
          "Éclairage LED, relamping et gestion technique du bâtiment (GTB).",
          "Relamping LED de bureaux et d'entrepôts, détection de présence, gradation.",
          "Éclairage intérieur, extérieur et de sécurité (BAES).",
        ],
        [
          "Qualification Qualifelec, habilitations électriques de tout notre personnel.",
          "Entreprise qualifiée Qualifelec et certifiée MASE.",
          "Travaux conformes à la NF C 15-100, attestations Consuel et rapports du bureau de contrôle.",
        ],
        [
          "50 électriciens et un bureau d'études intégré pour les plans et notes de calcul.",
          "Bureau d'études électricité : dimensionnement, schémas unifilaires, DOE.",
          "Intervention en entreprise générale ou en lot séparé sur marchés publics.",
        ],
      ],
      vague: ["Électricité générale.", "Électricité.", "Installations électriques.", "Entreprise du bâtiment."],
    },
    {
      key: "bornes-recharge-irve",
      naf: ["43.21A", "43.21B", "27.90Z"],
      names: [
        "BORNES ET MOBILITE",
        "IRVE SOLUTIONS",
        "RECHARGE PLUS INSTALL",
        "E-MOBILITY SERVICES OUEST",
        "WATT'N GO",
        "ELECTROMOB",
        "BORNEO ENERGIE",
        "CONNECT CHARGE",
        "VOLTIS MOBILITE",
      ],
      ideas: [
        [
          "Installation de bornes de recharge pour véhicules électriques (IRVE) en entreprise, en copropriété et sur parkings publics.",
          "Infrastructures de recharge : wallbox, bornes AC 22 kW et chargeurs rapides DC.",
          "Déploiement de points de charge pour flottes d'entreprise et parkings clients.",
        ],
        [
          "Installateur qualifié IRVE niveaux P1, P2 et P3.",
          "La qualification IRVE vous garantit l'accès aux primes Advenir.",
          "Certifié IRVE P3 pour les installations de recharge rapide.",
        ],
        [
          "Supervision des bornes, badges RFID, facturation de la recharge et maintenance.",
          "Gestion dynamique de la puissance (load balancing) pour éviter un renforcement du raccordement.",
          "Bornes communicantes OCPP, exploitation et contrats de maintenance.",
        ],
        [
          "Conception et fabrication de bornes de recharge en France.",
          "Assemblage de bornes dans notre usine, personnalisation aux couleurs de votre marque.",
          "Nous fabriquons et installons nos propres bornes.",
        ],
        [
          "Bornes sur voirie pour les collectivités : génie civil, raccordement, signalétique.",
          "IRVE sur espace public : tranchées, massifs, raccordement au réseau.",
          "Déploiement de bornes publiques dans le cadre de schémas directeurs communaux.",
        ],
        [
          "Droit à la prise en copropriété : étude, pré-équipement collectif et bornes individuelles.",
          "Accompagnement des syndics pour l'infrastructure collective de recharge.",
          "Étude de faisabilité, dimensionnement et dossier de subvention.",
        ],
      ],
      vague: ["Électricité.", "Mobilité électrique.", "Installation électrique.", "Solutions énergétiques."],
    },
    {
      key: "maintenance-electrique-industrielle",
      naf: ["33.14Z", "43.21A", "33.20C"],
      names: [
        "MAINTELEC INDUSTRIE",
        "AUTOMATISMES ET MAINTENANCE DU RHONE",
        "INDUSELEC SERVICES",
        "SARL GARNIER MAINTENANCE",
        "ELECTROMECA DEPANNAGE",
        "PROCESS ELEC",
        "TECHNI-MAINT",
        "ATELIER BOBINAGE DE L'OUEST",
        "ENERGIE USINE SERVICES",
      ],
      ideas: [
        [
          "Maintenance électrique préventive et curative des sites industriels.",
          "Dépannage électrique sur machines de production, lignes automatisées et utilités.",
          "Contrats de maintenance électrique pour usines, avec astreinte 24 h/24.",
        ],
        [
          "Automatismes industriels : programmation d'automates, armoires de commande, variateurs.",
          "Câblage et modification d'armoires électriques de machines, rétrofit.",
          "Automates, supervision, instrumentation et régulation de process.",
        ],
        [
          "Bobinage, réparation et révision de moteurs électriques, pompes et transformateurs.",
          "Atelier de réparation de moteurs, réducteurs et variateurs de vitesse.",
          "Échange standard de moteurs et maintenance de transformateurs.",
        ],
        [
          "Thermographie infrarouge des armoires et analyse de la qualité du réseau (harmoniques).",
          "Contrôles thermographiques et mesures d'isolement.",
          "Analyse vibratoire et thermographie pour la maintenance conditionnelle.",
        ],
        [
          "Entreprise certifiée MASE, intervenants habilités HTA/BT et formés ATEX.",
          "Techniciens habilités B2V, BR, H1 et formés aux zones ATEX.",
          "Certifications MASE et ISO 9001, références en chimie, agroalimentaire et métallurgie.",
        ],
        [
          "Interventions pendant les arrêts techniques, travaux neufs et transferts de lignes.",
          "Mise à disposition de techniciens en régie ou au forfait.",
          "Déplacement de machines, raccordements et mises en service.",
        ],
      ],
      vague: ["Électricité industrielle.", "Maintenance industrielle.", "Services aux entreprises.", "Électricité, automatisme."],
    },
    {
      key: "depannage-electrique-particuliers",
      naf: ["43.21A"],
      names: [
        "ALLO ELEC DEPANNAGE",
        "VOTRE ELECTRICIEN",
        "ELEC'SERVICE 7J/7",
        "SOS COURANT",
        "BERNARD ELEC",
        "L'ELECTRICIEN DU QUARTIER",
        "DEPANN'ELEC 13",
        "PETIT ELEC SERVICES",
        "ECLAIR DEPANNAGE",
      ],
      ideas: [
        [
          "Dépannage électrique à domicile : panne de courant, disjoncteur qui saute, prise qui ne fonctionne plus.",
          "Électricien pour particuliers : recherche de panne, remplacement d'interrupteurs et de prises.",
          "Nous intervenons chez vous pour toute panne électrique, rapidement.",
        ],
        [
          "Intervention 7 jours sur 7, en moins de 2 heures sur l'agglomération.",
          "Disponible le soir et le week-end, devis gratuit par téléphone.",
          "Urgences électriques traitées le jour même.",
        ],
        [
          "Mise en sécurité et mise aux normes de l'installation électrique de votre logement.",
          "Remplacement de tableau électrique, pose de différentiels 30 mA, mise à la terre.",
          "Mise aux normes avant vente ou location, après diagnostic électrique.",
        ],
        [
          "Pose de luminaires, spots, interphones, radiateurs électriques et volets roulants.",
          "Ajout de prises, éclairage de jardin, raccordement de plaques de cuisson.",
          "Petits travaux électriques dans votre maison ou appartement.",
        ],
        [
          "Rénovation électrique complète d'appartements et de maisons anciennes.",
          "Refaire toute l'électricité d'une maison : saignées, gaines, tableau, prises.",
          "Électricité pour rénovation de cuisine et de salle de bains.",
        ],
        [
          "Artisan électricien, prix annoncés avant intervention, sans surprise.",
          "Plus de 15 ans d'expérience, garantie décennale et avis clients vérifiés.",
          "Tarifs clairs, déplacement offert sur la commune.",
        ],
      ],
      vague: ["Électricien.", "Électricité générale.", "Dépannage.", "Artisan du bâtiment."],
    },
  ],
  needs: [
    {
      target: "bornes-recharge-irve",
      related: ["electricite-batiment-tertiaire"],
      kind: "works",
      title: "Installation de 12 points de charge sur le parking du siège",
      description:
        "Nous souhaitons équiper le parking du siège (80 places) de 12 points de charge 22 kW pour les véhicules de service et les collaborateurs, avec badges, supervision et gestion dynamique de la puissance. Installateur qualifié exigé pour le dossier Advenir. Mise en service souhaitée avant fin juin.",
      nafPicked: ["43.21A"],
      budget: [40000, 65000],
    },
    {
      target: "maintenance-electrique-industrielle",
      related: ["electricite-batiment-tertiaire"],
      kind: "services",
      title: "Contrat de maintenance électrique pour notre usine de plasturgie",
      description:
        "Site de 15 presses à injecter avec compresseurs et groupes froids : nous cherchons un prestataire pour la maintenance préventive électrique, une thermographie annuelle des armoires et les dépannages avec astreinte (intervention en moins de 4 h). Habilitations BR/B2V obligatoires, MASE apprécié. Contrat de 3 ans.",
      nafPicked: ["43.21A"],
      budget: [60000, 90000],
    },
  ],
};
