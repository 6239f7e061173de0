import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "h5-protection-foudre",
  specialties: [
    {
      key: "h5-paratonnerres-installation",
      naf: ["43.21A", "43.99D", "43.91B"],
      names: [
        "PROVENCE PARATONNERRES",
        "ETS CHABERT",
        "FOUDRE ET TECHNIQUE MEDITERRANEE",
        "ARC PROTECTION FOUDRE",
        "SARL PELLEGRIN ELECTRICITE",
        "MISTRAL FOUDRE",
        "HAUTEUR ET FOUDRE SERVICES",
        "SUD PARATONNERRE",
        "GARCIA ET CIE",
        "PFI PROTECTION FOUDRE INSTALLATION",
      ],
      ideas: [
        [
          "Installation de paratonnerres à dispositif d'amorçage (PDA), pointes simples et cages maillées.",
          "Pose de paratonnerres, conducteurs de descente et compteurs de coups de foudre.",
          "Nous installons des systèmes de protection extérieure contre la foudre sur tout type de bâtiment.",
        ],
        [
          "Travaux en hauteur sur clochers, châteaux d'eau, pylônes, cheminées industrielles et toitures.",
          "Équipes habituées aux interventions sur toitures-terrasses, églises et monuments historiques.",
          "Interventions par cordistes ou en nacelle sur les ouvrages de grande hauteur.",
        ],
        [
          "Réalisation des prises de terre foudre et des liaisons équipotentielles.",
          "Mise en place des descentes, joints de contrôle et prises de terre en patte d'oie.",
          "Installations conformes aux normes NF C 17-102 et NF EN 62305-3.",
        ],
        [
          "Remplacement des paratonnerres radioactifs et dépose selon la réglementation.",
          "Dépose des anciens paratonnerres radioactifs en lien avec l'ANDRA.",
          "Mise en conformité ou remplacement d'installations anciennes.",
        ],
        ["Entreprise qualifiée Qualifoudre.", "Qualifications Qualifoudre et Qualifelec.", "Personnel habilité électrique et formé au travail en hauteur."],
        [
          "Pour les industriels, collectivités, établissements recevant du public et sites classés ICPE.",
          "Clients : mairies, diocèses, sites industriels, exploitants de réseaux.",
          "Nous travaillons pour les sites Seveso et les installations classées.",
        ],
        [
          "Devis gratuit, intervention dans toute la région Provence-Alpes-Côte d'Azur.",
          "Basés à Salon-de-Provence, nous intervenons dans les Bouches-du-Rhône et le Vaucluse.",
          "Plus de 20 ans d'expérience dans la protection foudre.",
        ],
      ],
      vague: ["Protection foudre.", "Électricité générale et paratonnerres.", "Entreprise de travaux spécialisés."],
    },
    {
      key: "h5-etude-verification-foudre",
      naf: ["71.12B", "71.20B", "74.90B"],
      names: [
        "FOUDRE EXPERTISE",
        "BUREAU D'ETUDES ARNAUD",
        "ARF CONSEIL",
        "CEMF INGENIERIE",
        "ORAGE CONSULTANTS",
        "VERIFOUDRE",
        "LAMBERT INGENIERIE",
        "IPF INGENIERIE PROTECTION FOUDRE",
        "MEDITERRANEE CONTROLE FOUDRE",
      ],
      ideas: [
        [
          "Analyse du risque foudre (ARF) et étude technique foudre pour les installations classées.",
          "Réalisation de l'ARF et de l'étude technique selon l'arrêté du 4 octobre 2010.",
          "Études foudre réglementaires : ARF, étude technique, notice de vérification et de maintenance.",
        ],
        [
          "Vérifications initiales et périodiques des installations de protection contre la foudre.",
          "Vérification visuelle annuelle et vérification complète tous les deux ans.",
          "Contrôle des paratonnerres, des parafoudres et des prises de terre, avec rapport de vérification.",
        ],
        [
          "Bureau d'études indépendant : nous ne vendons ni n'installons de matériel.",
          "Indépendance vis-à-vis des installateurs, conformément aux exigences réglementaires.",
          "Ingénieurs spécialisés en protection foudre et en compatibilité électromagnétique.",
        ],
        [
          "Études selon les normes NF EN 62305 et NF C 17-102.",
          "Calcul des niveaux de protection, des zones protégées et des distances de séparation.",
          "Dimensionnement des parafoudres et des dispositifs de capture.",
        ],
        [
          "Bureau d'études qualifié Qualifoudre pour les études et les vérifications.",
          "Organisme qualifié Qualifoudre.",
          "Nos rapports sont reconnus par l'inspection des installations classées et les assureurs.",
        ],
        [
          "Pour les industriels, collectivités, établissements recevant du public et sites classés ICPE.",
          "Nous accompagnons les sites Seveso, les entrepôts logistiques et les stations d'épuration.",
          "Clients : chimie, pétrochimie, logistique, centres de données.",
        ],
        [
          "Assistance à maîtrise d'ouvrage et suivi des travaux de mise en conformité.",
          "Rédaction des cahiers des charges et réception des travaux.",
          "Devis gratuit, intervention dans toute la région Provence-Alpes-Côte d'Azur.",
        ],
      ],
      vague: ["Bureau d'études techniques.", "Ingénierie et conseil.", "Études et contrôles."],
    },
    {
      key: "h5-mise-a-la-terre-mesures",
      naf: ["43.21A", "71.20B", "43.21B"],
      names: [
        "TERRE ET MESURES",
        "ETS ROUVIER",
        "GEOTERRE ELEC",
        "MESURELEC PROVENCE",
        "SARL DURAND RESEAUX",
        "EQUIPOT",
        "PRISES DE TERRE DU SUD",
        "TECHNIQUES DE TERRE ET LIAISONS",
        "SANCHEZ ELECTRICITE INDUSTRIELLE",
      ],
      ideas: [
        [
          "Réalisation de prises de terre : piquets, ceinturages en fond de fouille, boucles et grilles de terre.",
          "Création et amélioration de réseaux de terre pour postes HTA/BT, pylônes et bâtiments industriels.",
          "Nous réalisons les terres des installations électriques, des antennes-relais et des centrales de production.",
        ],
        [
          "Mesures de résistance de terre, de continuité et de résistivité des sols (méthode de Wenner).",
          "Mesures d'impédance de boucle et de couplage entre réseaux de terre.",
          "Campagnes de mesures avec rapport et préconisations.",
        ],
        [
          "Liaisons équipotentielles, mise à la masse des structures métalliques, cuves et racks.",
          "Équipotentialité des salles informatiques et des locaux techniques.",
          "Mise à la terre des charpentes, chemins de câbles et canalisations.",
        ],
        [
          "Amélioration des terres en sol rocheux : tranchées, apport de matériau conducteur, forages.",
          "Solutions pour les terrains calcaires de Provence, où les valeurs de terre sont élevées.",
          "Forages de terre profonde quand la surface ne suffit pas.",
        ],
        [
          "Mise à la terre des citernes, postes de chargement et installations ATEX.",
          "Maîtrise de l'électricité statique sur les sites pétroliers et chimiques.",
          "Pinces et contrôleurs de mise à la terre pour le dépotage des camions-citernes.",
        ],
        [
          "Personnel habilité électrique, formé aux sites industriels.",
          "Entreprise certifiée MASE.",
          "Devis gratuit et intervention rapide dans les Bouches-du-Rhône.",
        ],
      ],
      vague: ["Électricité industrielle.", "Travaux électriques et mesures.", "Installation électrique."],
    },
    {
      key: "h5-parafoudres-surtensions",
      naf: ["43.21A", "46.69A", "27.90Z"],
      names: [
        "SURTENSION PROTECT",
        "ETS MOLINARI",
        "PARAFOUDRES SERVICES MEDITERRANEE",
        "PROTECLINE",
        "ELEC PROTECTION SUD",
        "SARL BARRA",
        "FOUDRELEC",
        "ATOUT SURTENSION",
        "SPD PROVENCE",
      ],
      ideas: [
        [
          "Installation de parafoudres de type 1, 2 et 3 dans les tableaux électriques.",
          "Protection des installations électriques contre les surtensions d'origine atmosphérique.",
          "Fourniture et pose de parafoudres et de coffrets de protection.",
        ],
        [
          "Protection des lignes téléphoniques, réseaux informatiques, vidéosurveillance et contrôle d'accès.",
          "Parafoudres pour lignes de données, liaisons RS485, boucles 4-20 mA et antennes.",
          "Nous protégeons automates, variateurs et équipements électroniques sensibles.",
        ],
        [
          "Diagnostic des pannes répétées après orage : cartes grillées, alarmes, automates.",
          "Analyse des sinistres liés à la foudre et préconisations pour éviter qu'ils se reproduisent.",
          "Après un orage, nous remplaçons les parafoudres hors service et vérifions les protections.",
        ],
        [
          "Coordination des parafoudres selon le guide UTE C 15-443 et la norme NF C 15-100.",
          "Choix et dimensionnement des parafoudres selon l'étude technique foudre.",
          "Contrôle et remplacement des cartouches de parafoudres en fin de vie.",
        ],
        [
          "Distribution de matériel de protection : parafoudres, éclateurs, filtres.",
          "Stock de parafoudres des principaux fabricants.",
          "Vente aux installateurs et aux services de maintenance.",
        ],
        [
          "Pour les industriels, collectivités, établissements recevant du public et sites classés ICPE.",
          "Clients : stations de pompage, relais de télécommunication, exploitations agricoles, sites industriels.",
          "Nous équipons les stations d'épuration, les forages et l'éclairage public.",
        ],
        ["Devis gratuit, intervention dans toute la région Provence-Alpes-Côte d'Azur.", "Personnel habilité électrique.", "Plus de 15 ans d'expérience."],
      ],
      vague: ["Électricité.", "Protection électrique.", "Vente et installation de matériel électrique."],
    },
  ],
  needs: [
    {
      target: "h5-etude-verification-foudre",
      title: "ICPE – dossier orages à refaire",
      description:
        "Lors de la dernière inspection, la DREAL nous a demandé de mettre à jour l'évaluation du risque lié aux orages pour notre entrepôt de produits inflammables à Saint-Martin-de-Crau. Notre document date de 2012. Nous voulons un prestataire qui ne réalise pas lui-même les travaux.",
      kind: "services",
      nafPicked: ["71.20B"],
      budget: [3000, 7000],
    },
    {
      target: "h5-parafoudres-surtensions",
      related: ["h5-mise-a-la-terre-mesures"],
      title: "Automates grillés après chaque orage – station de relevage",
      description:
        "À chaque orage nous perdons des cartes d'entrées/sorties et le modem de télégestion de notre station de relevage de Berre-l'Étang. Nous cherchons une entreprise pour protéger les armoires et les lignes des capteurs. La prise de terre a été mesurée l'an dernier et elle est correcte.",
      kind: "works",
      nafPicked: ["43.21A"],
      budget: [4000, 10000],
    },
    {
      target: "h5-paratonnerres-installation",
      related: ["h5-mise-a-la-terre-mesures"],
      title: "Clocher de l'église – Istres",
      description:
        "La commune veut protéger le clocher de l'église (32 m) contre la foudre, suite à l'étude faite l'an dernier par un bureau d'études. Fourniture, pose, descentes et raccordement à la terre compris. Accès par nacelle ou par cordes.",
      kind: "works",
      nafPicked: ["42.22Z"],
      budget: [8000, 18000],
    },
    {
      target: "h5-mise-a-la-terre-mesures",
      related: ["h5-etude-verification-foudre"],
      title: "Terre poste HTA > 30 ohms – ZI des Paluds, Aubagne",
      description:
        "Le contrôle annuel de notre installation électrique relève une résistance de terre beaucoup trop élevée au poste de transformation. Le terrain est très rocheux. Nous cherchons une entreprise pour refaire ou compléter la terre et fournir les mesures après travaux.",
      kind: "works",
      nafPicked: ["43.21A"],
      budget: [5000, 15000],
    },
  ],
};
