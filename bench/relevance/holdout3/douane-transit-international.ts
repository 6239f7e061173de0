import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "douane-transit-international",
  specialties: [
    {
      key: "h3-commissionnaire-douane",
      naf: ["52.29B", "52.29A", "52.10B", "82.99Z"],
      names: [
        "DOUANE EXPRESS MARSEILLE",
        "SOCIETE DE DEDOUANEMENT DU GOLFE DE FOS",
        "DECLARANTS ASSOCIES",
        "BUREAU DOUANIER MEDITERRANEE",
        "CUSTOMS SOLUTIONS PROVENCE",
        "AGENCE FERRARI DOUANE",
        "DEDOUANE",
        "TRANSIT DOUANE ARENC",
      ],
      ideas: [
        [
          "Représentant en douane enregistré : dédouanement import et export de vos marchandises.",
          "Nous établissons vos déclarations en douane à l'import, à l'export et en transit.",
          "Commissionnaire en douane agréé, nous prenons en charge toutes les formalités douanières de vos flux.",
        ],
        [
          "Bureaux au port de Marseille-Fos et à l'aéroport de Marignane, dédouanement 6 jours sur 7.",
          "Présents sur les terminaux de Fos et du port Est, nous dédouanons les conteneurs dès leur déchargement.",
          "Déclarations sur DELTA G et dédouanement centralisé national pour les flux multisites.",
        ],
        [
          "Certifiés Opérateur économique agréé (OEA) complet, caution douanière en notre nom.",
          "Statut OEA et garantie globale : nous avançons les droits et taxes pour votre compte.",
          "Notre caution permet le paiement différé des droits et de la TVA import.",
        ],
        [
          "Régimes particuliers : entrepôt sous douane, perfectionnement actif, admission temporaire.",
          "Mise en place de procédures douanières : autoliquidation de la TVA, entrepôt, transit T1.",
          "Nous gérons les régimes suspensifs et les autorisations de domiciliation.",
        ],
        [
          "Contrôles sanitaires et phytosanitaires à l'import : fruits et légumes, produits d'origine animale.",
          "Présentation aux postes de contrôle frontaliers (SIVEP) pour les denrées alimentaires.",
          "Formalités pour les produits soumis à licences : double usage, biens culturels, produits chimiques.",
        ],
        [
          "Taxes et accises : alcools, produits énergétiques, DAE et entrepositaire agréé.",
          "Calcul des droits antidumping et vérification des préférences tarifaires applicables.",
          "Nous contrôlons la nomenclature et l'origine avant dépôt de chaque déclaration.",
        ],
        [
          "Plus de 40 000 déclarations par an pour des importateurs et des exportateurs de toutes tailles.",
          "Équipe de déclarants expérimentés, réponse en moins d'une heure sur vos dossiers.",
          "Depuis 1965 au service du commerce international à Marseille.",
        ],
      ],
      vague: ["Transit.", "Services aux entreprises.", "Douane et logistique."],
    },
    {
      key: "h3-transitaire-fret",
      naf: ["52.29B", "52.29A", "50.20Z", "52.24A"],
      names: [
        "TRANSITAIRE INTERNATIONAL DE PROVENCE",
        "OCEAN AIR LOGISTIQUE",
        "FREIGHT MED",
        "SOCIETE BLANC TRANSIT",
        "GLOBAL FRET SUD",
        "CONTAINER SERVICES MARSEILLE",
        "ATLAS SHIPPING AGENCY",
        "AEROFRET PROVENCE",
        "MISTRAL FORWARDING",
      ],
      ideas: [
        [
          "Commissionnaire de transport : nous organisons vos expéditions maritimes et aériennes dans le monde entier.",
          "Organisation du transport international de marchandises, par mer, par air et par route.",
          "Transitaire spécialisé dans le fret maritime et aérien au départ et à destination de la France.",
        ],
        [
          "Conteneurs complets (FCL) et groupage (LCL) vers l'Asie, l'Afrique et les Amériques.",
          "Réservation de conteneurs 20', 40' et 40' HC, conteneurs reefer et open top.",
          "Groupage maritime hebdomadaire vers le Maghreb, l'Afrique de l'Ouest et l'océan Indien.",
        ],
        [
          "Fret aérien express et classique, y compris matières dangereuses (IATA DGR).",
          "Expéditions aériennes au départ de Marseille, Lyon et Paris-CDG, consolidation et charter.",
          "Nous sommes agent de fret agréé, sûreté du fret aérien assurée dans nos locaux.",
        ],
        [
          "Colis lourds et hors gabarit : machines, équipements industriels, projets clés en main.",
          "Transport de projets industriels : calage, saisissage, flat racks, navires conventionnels.",
          "Nous organisons l'envoi de machines et d'équipements hors normes avec étude de faisabilité.",
        ],
        [
          "Suivi des incoterms, documents de transport (connaissement, LTA) et assurance marchandises.",
          "Émission des connaissements, gestion des lettres de crédit et des documents bancaires.",
          "Proposition d'assurance ad valorem pour couvrir vos marchandises.",
        ],
        [
          "Réseau d'agents dans plus de 120 pays, membres de réseaux WCA.",
          "Correspondants dans tous les grands ports, suivi porte à porte.",
          "Plateforme de suivi des expéditions en ligne.",
        ],
        [
          "Entrepôt sous douane de 6 000 m² à Fos pour l'empotage et le dépotage.",
          "Empotage, dépotage, stockage et préparation des expéditions dans notre entrepôt.",
          "Magasin cale dans la zone portuaire pour regrouper vos marchandises.",
        ],
      ],
      vague: ["Transport international.", "Logistique.", "Commission de transport."],
    },
    {
      key: "h3-conseil-export",
      naf: ["70.22Z", "74.90B", "69.10Z", "82.99Z"],
      names: [
        "EXPORT CONSEIL MEDITERRANEE",
        "OUVERTURE INTERNATIONALE",
        "ORIGINE ET TARIF",
        "CABINET LEMAIRE COMMERCE INTERNATIONAL",
        "INCOTERMS ET STRATEGIES",
        "PASSERELLE EXPORT",
        "CONSEIL DOUANE ET EXPORT",
        "VERS LES MARCHES",
      ],
      ideas: [
        [
          "Conseil en douane et commerce international pour les PME qui exportent ou importent.",
          "Nous aidons les entreprises à sécuriser leurs opérations internationales : douane, origine, fiscalité.",
          "Accompagnement des exportateurs : stratégie, réglementation et organisation de la chaîne export.",
        ],
        [
          "Classement tarifaire de vos produits et demande de renseignements tarifaires contraignants (RTC).",
          "Détermination de la nomenclature douanière et de l'origine, avec demandes d'avis auprès de la douane.",
          "Audit de vos codes SH et de vos valeurs en douane.",
        ],
        [
          "Origine préférentielle et statut d'exportateur enregistré (REX) ou agréé.",
          "Calcul de l'origine de vos produits pour bénéficier des accords de libre-échange.",
          "Mise en place des déclarations fournisseurs et des procédures d'origine.",
        ],
        [
          "Accompagnement à l'obtention du statut OEA et préparation des audits douaniers.",
          "Audit douane de vos procédures et préparation des contrôles a posteriori.",
          "Assistance lors des contrôles et des contentieux avec l'administration des douanes.",
        ],
        [
          "Formation de vos équipes : incoterms 2020, douane, contrôle des exportations.",
          "Sessions de formation aux incoterms, au crédit documentaire et aux sanctions internationales.",
          "Formation sur mesure pour vos services commerciaux, logistiques et achats.",
        ],
        [
          "Études de marché export, recherche de distributeurs et de partenaires à l'étranger.",
          "Diagnostic export et plan d'action par pays cible.",
          "Nous vous aidons à choisir vos marchés et à préparer vos premiers salons à l'étranger.",
        ],
        [
          "Anciens cadres des douanes et de grands groupes exportateurs.",
          "Plus de 20 ans d'expérience en commerce international.",
          "Experts agréés par la Team France Export et éligibles aux aides régionales.",
        ],
      ],
      vague: ["Conseil aux entreprises.", "Consultant.", "Développement international."],
    },
    {
      key: "h3-demenagement-international",
      naf: ["49.42Z", "52.29B", "49.41A", "52.10B"],
      names: [
        "DEMENAGEMENTS INTERNATIONAUX DU SUD",
        "MUTATIONS SERVICES",
        "GARCIA DEMENAGEMENTS",
        "EXPAT MOVE PROVENCE",
        "LES DEMENAGEURS DE L'HUVEAUNE",
        "TRANSMONDE DEMENAGEMENT",
        "CAISSES ET CONTAINERS",
        "AGENCE MOBILITE INTERNATIONALE",
      ],
      ideas: [
        [
          "Déménagements internationaux par conteneur maritime, camion ou fret aérien.",
          "Nous déménageons particuliers et salariés expatriés vers tous les pays du monde.",
          "Spécialiste du déménagement à l'étranger : emballage, transport, formalités et livraison.",
        ],
        [
          "Mutations de salariés : prise en charge complète pour le compte des entreprises.",
          "Accompagnement des services RH dans la mobilité internationale de leurs collaborateurs.",
          "Relocation : recherche de logement, démarches d'installation et déménagement.",
        ],
        [
          "Emballage sur mesure, caisserie bois pour les objets fragiles et œuvres d'art.",
          "Nos déménageurs emballent, démontent et protègent mobilier et objets précieux.",
          "Fabrication de caisses sur mesure, inventaire détaillé et photos.",
        ],
        [
          "Formalités douanières des effets personnels et des déménagements en franchise.",
          "Nous préparons les inventaires et les documents exigés par les douanes du pays d'arrivée.",
          "Démarches douanières pour l'importation de vos biens personnels et de votre véhicule.",
        ],
        [
          "Transferts de bureaux et d'agences à l'étranger, déménagements de laboratoires.",
          "Déménagement d'entreprises et transfert de matériel entre filiales.",
          "Nous organisons les transferts d'archives, de mobilier et d'informatique.",
        ],
        [
          "Garde-meubles sécurisé en conteneurs individuels.",
          "Stockage longue durée dans nos entrepôts surveillés.",
          "Membre FIDI-FAIM et de la Chambre syndicale du déménagement.",
        ],
      ],
      vague: ["Déménagement.", "Transport.", "Services à la mobilité."],
    },
    {
      key: "h3-formalites-certificats",
      naf: ["94.11Z", "82.99Z", "74.90B", "70.22Z"],
      names: [
        "FORMALITES INTERNATIONALES SERVICES",
        "CARNET ET ORIGINE",
        "BUREAU DES LEGALISATIONS",
        "VISA DOCUMENTS EXPORT",
        "CHAMBRE DE COMMERCE ET D'INDUSTRIE METROPOLITAINE",
        "SERVIDOC INTERNATIONAL",
        "ASSISTANCE FORMALITES EXPORT",
        "EXPORTDOC",
      ],
      ideas: [
        [
          "Délivrance des certificats d'origine et visa des documents commerciaux pour l'export.",
          "Nous instruisons vos demandes de certificats d'origine non préférentielle et de visas de factures.",
          "Formalités internationales : certificats d'origine, attestations, légalisations.",
        ],
        [
          "Carnets ATA pour l'exportation temporaire d'échantillons, de matériel professionnel et de produits de salon.",
          "Émission de carnets ATA : vos marchandises voyagent en franchise de droits pour un salon ou une mission.",
          "Le carnet ATA, passeport de vos marchandises : matériel de tournage, stands, échantillons.",
        ],
        [
          "Légalisation de documents et démarches consulaires auprès des ambassades.",
          "Nous portons vos documents aux consulats et ambassades pour légalisation et apostille.",
          "Coursiers pour les visas consulaires de factures, certificats et statuts.",
        ],
        [
          "Dématérialisation : demandes en ligne, signature électronique et délivrance sous 24 h.",
          "Plateforme de formalités en ligne, documents imprimés sur place par l'exportateur.",
          "Traitement des demandes en ligne, certificats délivrés dans la journée.",
        ],
        [
          "Conseil sur les documents exigés par pays et sur la réglementation des destinations.",
          "Nous vous indiquons les documents exigés par chaque pays de destination.",
          "Assistance pour les pays sensibles et les documents spécifiques (certificats sanitaires, attestations).",
        ],
        [
          "Service de proximité pour les exportateurs du département depuis plus de 50 ans.",
          "Plusieurs milliers de formalités traitées chaque année.",
          "Formations courtes sur les formalités export et les carnets ATA.",
        ],
      ],
      vague: ["Services administratifs.", "Formalités.", "Appui aux entreprises."],
    },
  ],
  needs: [
    {
      target: "h3-commissionnaire-douane",
      related: ["h3-transitaire-fret", "h3-conseil-export"],
      title: "Dédouanement import conteneurs Chine – Fos, ~15 TC/mois",
      description:
        "Importateur de mobilier de jardin, nous recevons environ 15 conteneurs 40' par mois de Ningbo et de Shanghai au terminal de Fos. Nous cherchons un représentant en douane pour les déclarations d'import, avec vérification des droits antidumping et autoliquidation de la TVA. Démarrage le 1er mars, reprise des flux de notre prestataire actuel.",
      kind: "services",
      nafPicked: ["52.29A"],
      budget: [20000, 45000],
    },
    {
      target: "h3-formalites-certificats",
      related: ["h3-commissionnaire-douane", "h3-transitaire-fret"],
      title: "Carnet ATA matériel démo – salon Dubaï",
      description:
        "Nous exposons en novembre sur un salon à Dubaï avec deux robots de démonstration, des écrans et du matériel de stand (environ 180 000 € de valeur). Il nous faut un carnet ATA pour les Émirats, avec retour du matériel en France début décembre, ainsi que les certificats d'origine pour quelques échantillons vendus sur place. Première fois que nous faisons ce type de démarche.",
      kind: "services",
      nafPicked: ["82.30Z"],
      budget: [1000, 4000],
    },
    {
      target: "h3-conseil-export",
      related: ["h3-commissionnaire-douane"],
      title: "Audit classement tarifaire + origine préférentielle (REX)",
      description:
        "Fabricant de pompes et de vannes, nous exportons vers le Canada, le Japon et le Royaume-Uni et souhaitons vérifier le classement de nos 350 références et calculer l'origine préférentielle de nos produits. Objectif : obtenir le statut REX et former 4 personnes de l'ADV. Mission à réaliser au premier semestre.",
      kind: "services",
      nafPicked: ["52.29B"],
      budget: [8000, 20000],
    },
  ],
};
