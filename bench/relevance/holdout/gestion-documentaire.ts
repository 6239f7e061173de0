import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "gestion-documentaire",
  specialties: [
    {
      key: "h-destruction-confidentielle",
      naf: ["38.11Z", "38.32Z", "82.99Z"],
      names: [
        "BROYAGE SECURISE PROVENCE",
        "CONFIDENTIA RECYCLAGE",
        "DESTRUCTO SUD",
        "PAPIER SECRET",
        "ECO BROYAGE 13",
        "SECURDOC ENVIRONNEMENT",
        "M. SANTONI PAUL",
        "RECYCL'ARCHIVES",
      ],
      ideas: [
        [
          "Destruction de documents confidentiels : nous broyons vos papiers sensibles et vous remettons un certificat de destruction.",
          "Collecte et élimination sécurisée de vos archives papier, dossiers du personnel, pièces comptables et contrats.",
          "Nous détruisons en toute sécurité vos documents arrivés en fin de durée de conservation.",
          "Service de broyage de papiers confidentiels pour entreprises, cabinets médicaux, avocats et administrations.",
        ],
        [
          "Camion broyeur qui intervient au pied de votre bâtiment : vous assistez à la destruction en direct.",
          "Broyage sur site par notre véhicule équipé ou enlèvement en camion fermé et plombé vers notre centre sécurisé.",
          "Destruction dans nos locaux sous vidéosurveillance, avec traçabilité de chaque conteneur du ramassage au broyage.",
        ],
        [
          "Niveaux de sécurité P-3 à P-5 selon la norme DIN 66399, conformité RGPD.",
          "Prestations conformes à la norme NF EN 15713 sur la destruction sécurisée des données confidentielles.",
          "Certificat de destruction nominatif remis après chaque intervention, pour votre registre RGPD.",
        ],
        [
          "Mise à disposition de conteneurs verrouillés et de consoles de collecte dans vos bureaux, avec passage régulier.",
          "Bacs sécurisés à fente installés à chaque étage, relevés chaque semaine ou chaque mois selon votre volume.",
          "Abonnement de collecte ou intervention ponctuelle pour les gros volumes : déménagement, purge d'archives.",
        ],
        [
          "Destruction de supports numériques : disques durs, clés USB, bandes magnétiques, badges, uniformes.",
          "Broyage de disques durs et de supports informatiques avec procès-verbal et numéros de série.",
          "Nous détruisons aussi les produits contrefaits, les stocks d'emballages imprimés et les invendus de marque.",
        ],
        [
          "100 % des papiers broyés sont recyclés en papeterie : vous recevez un bilan environnemental annuel.",
          "Recyclage intégral de la matière et attestation de valorisation pour votre reporting RSE.",
          "Entreprise engagée dans l'économie circulaire : vos archives deviennent du papier recyclé.",
        ],
        [
          "Personnel habilité, ayant signé une clause de confidentialité, et véhicules géolocalisés.",
          "Interventions dans les Bouches-du-Rhône, le Var et le Vaucluse, sous 48 heures.",
          "Plus de 1 200 clients : PME, hôpitaux, banques, collectivités.",
        ],
      ],
      vague: ["Destruction de documents.", "Recyclage papier et carton.", "Services aux entreprises."],
    },
    {
      key: "h-archivage-externalise",
      naf: ["52.10B", "82.11Z", "82.99Z"],
      names: [
        "ARCHIVES SERVICES MEDITERRANEE",
        "DEPOT ARCHIVES PROVENCE",
        "STOCKARCHIVES",
        "LOGIDOC SUD",
        "MEMORIA CONSERVATION",
        "BOITES ET DOSSIERS",
        "ARCHIV'EXPRESS",
        "CENTRE D'ARCHIVAGE DE L'ETANG",
      ],
      ideas: [
        [
          "Conservation de vos archives papier dans nos entrepôts sécurisés, avec consultation à la demande.",
          "Nous stockons vos boîtes d'archives et vos dossiers hors de vos locaux pour libérer de la place.",
          "Externalisation de vos archives : enlèvement, stockage, recherche et restitution de dossiers.",
          "Tiers-archiveur : nous hébergeons vos archives intermédiaires pendant toute leur durée de conservation.",
        ],
        [
          "Bâtiments de 15 000 mètres linéaires, détection incendie, contrôle d'accès, surveillance 24h/24.",
          "Locaux conformes aux recommandations des Archives de France : température et hygrométrie contrôlées.",
          "Entrepôt sécurisé classé ICPE, extinction automatique, alarme intrusion reliée à un télésurveilleur.",
        ],
        [
          "Chaque boîte est étiquetée par code-barres et localisée dans notre logiciel de gestion.",
          "Inventaire détaillé de vos fonds et accès à un portail web pour suivre vos boîtes et commander vos dossiers.",
          "Traçabilité complète de chaque mouvement : entrée, consultation, retour, élimination.",
        ],
        [
          "Livraison de vos dossiers sous 24 h ou envoi scanné dans l'heure en cas d'urgence.",
          "Consultation sur place dans notre salle de lecture ou retour des dossiers dans vos locaux par navette.",
          "Scan à la demande des pièces dont vous avez besoin, sans déplacement du carton.",
        ],
        [
          "Transfert de vos archives lors d'un déménagement : mise en carton, inventaire et transport en véhicule fermé.",
          "Nos équipes viennent chercher vos cartons, même en sous-sol ou dans des locaux difficiles d'accès.",
          "Fourniture de boîtes archives et de conteneurs normalisés.",
        ],
        [
          "Élimination sécurisée des archives arrivées à échéance, sur votre validation.",
          "Gestion des durées de conservation et alertes à l'échéance des délais légaux.",
          "Nous pouvons aussi reprendre le traitement de vos arriérés : tri, classement, conditionnement.",
        ],
        [
          "Site situé à Vitrolles, à 20 minutes de Marseille et d'Aix.",
          "Nous conservons les archives de plus de 600 entreprises, cabinets et établissements de santé.",
          "Hébergeur agréé pour les archives de santé et les archives publiques courantes et intermédiaires.",
        ],
      ],
      vague: ["Archivage.", "Stockage de documents.", "Gestion d'archives pour entreprises.", "Entreposage."],
    },
    {
      key: "h-numerisation-ged",
      naf: ["82.19Z", "63.11Z", "82.11Z"],
      names: [
        "DIGITAL ARCHIVES SUD",
        "SCAN ET DATA",
        "DEMATIC",
        "NUMERIDOC PROVENCE",
        "OCR SERVICES",
        "PAPERLESS 13",
        "CAPTURE INFORMATIQUE",
        "M. BERTRAND OLIVIER",
        "PIXELDOC",
      ],
      ideas: [
        [
          "Dématérialisation de vos documents papier : préparation, numérisation, indexation et intégration dans votre système documentaire.",
          "Nous transformons vos archives papier en fichiers numériques exploitables et faciles à retrouver.",
          "Atelier de numérisation pour les entreprises, collectivités et établissements de santé.",
          "Passez au zéro papier : scan de vos dossiers existants et mise en place d'une gestion électronique des documents.",
        ],
        [
          "Scanners de production Kodak et Fujitsu jusqu'à 200 pages par minute, scanners A0 pour plans et scanners de livres.",
          "Tous formats traités : A4, A3, plans grand format, registres reliés, microfilms, photographies.",
          "Numérisation de documents fragiles et anciens sur scanner à plat et banc de reproduction.",
        ],
        [
          "Préparation soignée : désagrafage, défroissage, insertion d'intercalaires, reconstitution après scan.",
          "Contrôle qualité visuel de chaque image et recomptage des pages.",
          "Nous reconditionnons vos documents à l'identique ou les orientons vers la destruction après validation.",
        ],
        [
          "Reconnaissance de caractères (OCR) et lecture automatique des données (LAD/RAD) pour indexer vos documents.",
          "Indexation manuelle ou automatique selon vos critères : numéro de dossier, nom, date, type de pièce.",
          "Fichiers PDF texte recherchables, TIFF multipage, JPEG, avec métadonnées exportées en XML ou CSV.",
        ],
        [
          "Intégrateur de solutions GED : DocuWare, Alfresco, Therefore, SharePoint.",
          "Nous installons et paramétrons votre logiciel de gestion électronique des documents et formons vos utilisateurs.",
          "Import de vos fichiers numérisés dans votre GED ou dans notre plateforme hébergée en France.",
        ],
        [
          "Dématérialisation des factures fournisseurs, du courrier entrant et des dossiers du personnel.",
          "Traitement quotidien de votre courrier : ouverture, scan, routage vers les bons services.",
          "Numérisation à valeur probante conforme à la norme NF Z42-026.",
        ],
        [
          "Numérisation dans nos locaux sécurisés ou directement sur votre site avec un atelier mobile.",
          "Personnel soumis à la confidentialité, enlèvement et retour de vos cartons par nos soins.",
          "Plus de 40 millions de pages numérisées depuis notre création.",
        ],
      ],
      vague: ["Dématérialisation.", "Services numériques.", "Traitement de documents."],
    },
    {
      key: "h-conseil-archivistique",
      naf: ["70.22Z", "91.01Z", "82.11Z"],
      names: [
        "ARCHIVISTES CONSEIL",
        "MME TOURNIER ELODIE",
        "RECORDS PARTNERS",
        "CABINET MNEMOSYNE",
        "PROARCHIVA",
        "INFOGOUVERNANCE SUD",
        "M. DELMAS ARNAUD",
        "ARCHIV'CONSULT",
      ],
      ideas: [
        [
          "Archiviste indépendante, j'aide les organisations à structurer et maîtriser leurs documents, papier et numériques.",
          "Cabinet de conseil en gestion de l'information et archivage : audit, stratégie, accompagnement au changement.",
          "Records management : nous mettons en place une politique de gestion des documents adaptée à votre organisation.",
          "Nous accompagnons les directions dans la gouvernance de l'information et la conformité documentaire.",
        ],
        [
          "Élaboration de référentiels de conservation et de tableaux de gestion, avec durées légales et sort final.",
          "Rédaction de votre plan de classement et de vos règles de nommage.",
          "Définition des durées d'utilité administrative (DUA) pour chaque type de document.",
        ],
        [
          "Audit de l'existant : locaux d'archives, volumes, pratiques des services, risques.",
          "Diagnostic de vos archives et feuille de route priorisée.",
          "État des lieux de vos fonds papier et électroniques et recommandations chiffrées.",
        ],
        [
          "Mission de traitement d'arriérés : tri, classement, élimination réglementaire et bordereaux.",
          "Archivistes en mission dans vos locaux pour résorber vos arriérés et organiser vos archives.",
          "Préparation des bordereaux d'élimination et de versement, visa des Archives départementales pour les organismes publics.",
        ],
        [
          "Accompagnement à l'archivage électronique : cahier des charges SAE, choix d'un tiers-archiveur, norme NF Z42-013.",
          "Assistance à maîtrise d'ouvrage pour vos projets de GED et d'archivage numérique.",
          "Aide à la conformité RGPD de vos archives : durées de conservation, purge, registre.",
        ],
        [
          "Formation de vos collaborateurs et des correspondants archives de chaque service.",
          "Sessions de sensibilisation au bon archivage et guides pratiques personnalisés.",
          "Formations sur mesure : archivage, classement, gestion des mails.",
        ],
        [
          "Consultants diplômés en archivistique (master archives, École des chartes), membres de l'AAF.",
          "Référence ISO 15489 et ISO 30301 pour les systèmes de gestion des documents d'activité.",
          "Interventions auprès des collectivités, établissements publics, entreprises et associations.",
        ],
      ],
      vague: ["Conseil en archivage.", "Archiviste.", "Conseil et formation."],
    },
  ],
  needs: [
    {
      target: "h-destruction-confidentielle",
      related: ["h-archivage-externalise"],
      title: "Destruction sécurisée archives – 12 t, DIN 66399",
      description:
        "Suite au déménagement de notre siège d'Euroméditerranée, nous devons éliminer environ 12 tonnes d'archives papier (dossiers RH, comptabilité, contrats) dont la DUA est échue. Broyage sur place ou enlèvement en camion sécurisé, niveau P-4 minimum, certificat exigé pour chaque lot. Intervention souhaitée courant novembre.",
      kind: "services",
      nafPicked: ["82.19Z"],
      budget: [4000, 9000],
    },
    {
      target: "h-numerisation-ged",
      related: ["h-archivage-externalise", "h-destruction-confidentielle"],
      title: "Numérisation 180 000 pages dossiers fournisseurs",
      description:
        "Projet de dématérialisation de nos dossiers fournisseurs : environ 180 000 pages A4 agrafées et quelques plans A3. Scan 300 dpi en PDF/A avec OCR, indexation sur 5 champs et import dans notre GED M-Files. Enlèvement des cartons sur notre site de Rousset, puis retour ou destruction après contrôle qualité.",
      kind: "services",
      nafPicked: ["63.11Z"],
      budget: [25000, 45000],
    },
  ],
};
