import type { Trade } from "../catalogue/types";

export const trade: Trade = {
  key: "reemploi-reconditionnement",
  specialties: [
    {
      key: "h2-mobilier-occasion",
      naf: ["46.65Z", "47.79Z", "47.59A", "38.32Z"],
      names: [
        "BUREAU SECONDE VIE",
        "REMOBILIS",
        "DEUXIEME BUREAU",
        "MOBILIER PRO DESTOCKAGE",
        "OFFICE RECYCLE SUD",
        "LE COMPTOIR DU BUREAU",
        "ETS GIORDANO MOBILIER",
        "REBOOT MEUBLES",
      ],
      ideas: [
        [
          "Rachat de mobilier de bureau d'occasion : bureaux, sièges, armoires, cloisons, fauteuils de direction.",
          "Nous rachetons le mobilier des entreprises qui déménagent ou se réaménagent, et le revendons après remise en état.",
          "Achat et vente de meubles de bureau de seconde main, de grandes marques européennes.",
        ],
        [
          "Showroom de 2 000 m² à Aix-les-Milles : plus de 5 000 pièces disponibles immédiatement.",
          "Stock permanent de postes de travail, caissons, tables de réunion et sièges ergonomiques.",
          "Dépôt-vente et magasin ouvert aux professionnels et aux particuliers.",
        ],
        [
          "Nettoyage, contrôle et petites réparations avant revente, garantie 1 an sur les sièges.",
          "Chaque meuble est nettoyé, vérifié et, si besoin, remis à neuf avant d'être proposé à la vente.",
          "Sièges testés et nettoyés à la vapeur, plateaux poncés, quincaillerie remplacée.",
        ],
        [
          "Estimation gratuite de votre parc sur photos ou visite, offre de reprise sous 48 heures.",
          "Nous valorisons votre ancien mobilier : il peut financer une partie de votre nouvel aménagement.",
          "Inventaire et chiffrage du rachat de vos équipements lors d'un transfert de locaux.",
        ],
        [
          "Aménagement complet de vos espaces avec du mobilier de réemploi, jusqu'à 70 % moins cher que le neuf.",
          "Nous proposons des projets d'aménagement en mobilier reconditionné, avec plan d'implantation.",
          "Conseil en aménagement d'espaces de travail avec un mix neuf et occasion.",
        ],
        [
          "Attestation de réemploi et calcul des tonnes de CO2 évitées pour votre rapport RSE.",
          "Engagés dans l'économie circulaire, nous répondons aux exigences de la loi AGEC sur la commande publique.",
          "Les meubles non revendables sont donnés à des associations ou recyclés via la filière REP.",
        ],
      ],
      vague: ["Vente de mobilier.", "Mobilier professionnel neuf et d'occasion.", "Achat-vente, dépôt-vente."],
    },
    {
      key: "h2-informatique-reconditionnee",
      naf: ["46.51Z", "95.11Z", "47.41Z", "38.32Z"],
      names: [
        "RECYCLE'INFO",
        "SECONDE PUCE",
        "PC RENAISSANCE",
        "REBOOT TECHNOLOGIES",
        "INFOREPRISE MEDITERRANEE",
        "GREEN BYTES SUD",
        "ATELIER DU RECONDITIONNEMENT NUMERIQUE",
        "NEOPARC IT",
        "CIRCUIT COURT INFORMATIQUE",
      ],
      ideas: [
        [
          "Vente de PC portables, postes fixes et écrans professionnels reconditionnés, garantis jusqu'à 3 ans.",
          "Nous remettons en état des ordinateurs d'entreprise et les revendons avec garantie.",
          "Matériel informatique de seconde vie : laptops, tours, moniteurs, stations d'accueil, smartphones.",
        ],
        [
          "Reprise de votre parc informatique en fin de vie ou en fin de contrat de location.",
          "Nous rachetons vos ordinateurs et téléphones renouvelés et vous reversons leur valeur de revente.",
          "Rachat de lots d'ordinateurs, serveurs et téléphones auprès des entreprises et collectivités.",
        ],
        [
          "Effacement certifié des disques selon la norme NIST 800-88, certificat par numéro de série.",
          "Suppression sécurisée des données avec un logiciel certifié ANSSI, ou destruction physique des supports.",
          "Chaque appareil repris reçoit un rapport d'effacement conforme au RGPD.",
        ],
        [
          "Tests de tous les composants, remplacement des batteries et des claviers, grade esthétique A ou B.",
          "Diagnostic complet, nettoyage, changement des pièces d'usure, réinstallation du système d'exploitation.",
          "Protocole de remise en état en 40 points, avec mise à jour du BIOS et licences Windows reconditionnées.",
        ],
        [
          "Atelier labellisé, membre du réseau des reconditionneurs et de l'économie sociale et solidaire.",
          "Structure d'insertion : nos techniciens sont formés sur place et accompagnés vers l'emploi.",
          "Entreprise adaptée employant des travailleurs en situation de handicap, partenaire des grands comptes.",
        ],
        [
          "Déploiement des postes prêts à l'emploi : masterisation, étiquetage, livraison sur site.",
          "Préparation de vos postes selon votre image système et installation chez vos utilisateurs.",
          "Location de matériel reconditionné pour vos besoins temporaires ou vos nouveaux arrivants.",
        ],
        [
          "Jusqu'à 80 % d'émissions évitées par rapport à un ordinateur neuf.",
          "Rapport d'impact environnemental annuel pour votre reporting extra-financier.",
          "Réponse aux obligations d'achat de matériel reconditionné pour les acheteurs publics.",
        ],
      ],
      vague: ["Vente et réparation de matériel informatique.", "Informatique professionnelle.", "Négoce de matériel électronique."],
    },
    {
      key: "h2-debarras-deee",
      naf: ["38.11Z", "49.42Z", "38.12Z", "96.09Z"],
      names: [
        "DEBARRAS EXPRESS 13",
        "PLACE NETTE",
        "EVACUA SERVICES",
        "VIDE-LOCAUX PROVENCE",
        "TRI ET ENLEVEMENT MEDITERRANEE",
        "ALLO BENNE ENTREPRISES",
        "SARL NICOLAI DEBARRAS",
        "LOCAUX LIBRES",
      ],
      ideas: [
        [
          "Vidage complet de bureaux, entrepôts, archives et locaux techniques avant restitution ou travaux.",
          "Nous libérons vos locaux : meubles, cartons, machines et encombrants sont retirés en une seule intervention.",
          "Débarras professionnel de plateaux de bureaux, caves, réserves et ateliers.",
        ],
        [
          "Collecte des déchets d'équipements électriques et électroniques (D3E) avec tous les documents réglementaires.",
          "Enlèvement des équipements électriques usagés : copieurs, écrans, serveurs, électroménager, climatiseurs.",
          "Prise en charge des appareils électriques hors d'usage et remise aux éco-organismes agréés.",
        ],
        [
          "Tri à la source sur place : bois, métal, papier, DEEE, plastiques, tout-venant.",
          "Chaque flux est trié et envoyé vers la bonne filière de recyclage ; le reste part en centre agréé.",
          "Tri sélectif des déchets en 5 flux conformément au décret qui impose le tri en entreprise.",
        ],
        [
          "Équipes de manutentionnaires, camions hayon, bennes de 10 à 30 m³ et monte-meubles.",
          "Nous disposons de nos propres véhicules et bennes, et intervenons en soirée ou le week-end.",
          "Intervention rapide, protection des sols et ascenseurs, démontage des meubles si nécessaire.",
        ],
        [
          "Destruction confidentielle des archives papier et des supports numériques avec certificat.",
          "Broyage des documents confidentiels et des disques durs, certificat de destruction remis.",
          "Prise en charge des archives sensibles dans des conteneurs sécurisés jusqu'au broyage.",
        ],
        [
          "Compte rendu de fin de chantier : tonnages par flux, taux de valorisation, registre des déchets.",
          "Nous remettons un bilan chiffré de l'opération pour votre reporting environnemental.",
          "Bordereaux de suivi, attestations de valorisation et photos avant/après.",
        ],
        [
          "Les objets encore en bon état sont orientés vers des ressourceries partenaires.",
          "Don aux associations et aux recycleries de ce qui peut encore servir.",
          "Partenariats avec des structures de l'économie solidaire pour donner une seconde vie aux objets.",
        ],
      ],
      vague: ["Débarras.", "Enlèvement d'encombrants et collecte de déchets.", "Nettoyage et évacuation."],
    },
    {
      key: "h2-refection-sieges",
      naf: ["95.24Z", "31.09B", "13.92Z", "47.53Z"],
      names: [
        "ATELIER TAPISSERIE DU VIEUX PORT",
        "LE FAUTEUIL BLEU",
        "SELLERIE AMEUBLEMENT CAMOIN",
        "REFECTION ET TRADITION",
        "ASSISE ET CONFORT",
        "TAPISSIER DECORATEUR MORETTI",
        "L'ATELIER DU SIEGE",
        "CRIN ET VELOURS",
      ],
      ideas: [
        [
          "Tapissier d'ameublement : réfection de fauteuils, chaises, canapés et banquettes.",
          "Je refais l'assise et le garnissage de vos sièges, en technique traditionnelle ou moderne.",
          "Atelier de tapisserie et de garnissage de sièges, du fauteuil d'époque au mobilier contemporain.",
        ],
        [
          "Nous intervenons pour les professionnels : hôtels, restaurants, salles de spectacle, sièges de bureau.",
          "Rhabillage de sièges de bureau, de chaises de salles de réunion et de fauteuils d'amphithéâtre.",
          "Rénovation de banquettes de restaurants, de fauteuils de cinéma et de chaises de collectivités.",
        ],
        [
          "Remplacement du rembourrage, des sangles et du garnissage, pose de tissus neufs.",
          "Changement de la mousse, du tissu ou du cuir, retension des sangles, reprise des coutures.",
          "Réparation des structures en bois, recollage, renforts, remplacement des piétements.",
        ],
        [
          "Large choix de tissus techniques non-feu, enduits et simili cuir.",
          "Tissus contract résistants à l'usure (plus de 100 000 cycles Martindale) et traités anti-taches.",
          "Nous travaillons avec les grands éditeurs de tissus : velours, lin, cuir, vinyle, tissus d'extérieur.",
        ],
        [
          "Remise en état des mécanismes : vérins à gaz, accoudoirs, roulettes, dossiers.",
          "Dépannage des chaises de bureau : changement de vérin, de piètement, d'accoudoirs ou de roulettes.",
          "Pièces détachées pour sièges ergonomiques de la plupart des fabricants.",
        ],
        [
          "Enlèvement et livraison de vos sièges, ou intervention dans vos locaux pour les grandes séries.",
          "Pour les gros volumes, nous installons un atelier temporaire sur votre site.",
          "Devis gratuit après visite, délais tenus même sur plusieurs centaines de pièces.",
        ],
        [
          "Confection de rideaux, coussins et têtes de lit sur mesure.",
          "Tapissier-décorateur : rideaux, voilages, tentures murales et coussins.",
          "Réalisation de garnitures sur mesure pour l'agencement : banquettes, bancs, niches.",
        ],
      ],
      vague: ["Tapissier.", "Artisan, réfection et ameublement.", "Atelier de décoration intérieure."],
    },
  ],
  needs: [
    {
      target: "h2-debarras-deee",
      related: ["h2-mobilier-occasion", "h2-informatique-reconditionnee"],
      title: "Évacuation mobilier et matériel obsolète – libération plateau R+3",
      description:
        "Suite au regroupement de nos équipes, nous devons libérer un plateau de 1 800 m² à Marseille Euroméditerranée : environ 220 postes de travail, armoires, copieurs, vieux écrans et unités centrales, archives. Le bâtiment doit être rendu vide avant le 30 juin. Tri par filière et bordereaux de suivi des DEEE exigés, rapport de traçabilité en fin d'opération.",
      kind: "services",
      nafPicked: ["49.42Z"],
      budget: [15000, 30000],
    },
    {
      target: "h2-refection-sieges",
      related: ["h2-mobilier-occasion"],
      title: "Remise en état de 120 fauteuils de salle de conférence",
      description:
        "Nous souhaitons faire recouvrir et regarnir les 120 fauteuils de l'auditorium de notre siège à Aix-en-Provence plutôt que de les remplacer. Tissu classé M1, coloris à valider, mousses d'assise à changer. Intervention pendant la fermeture estivale (août), sur site ou avec enlèvement par lots.",
      kind: "works",
      nafPicked: ["95.24Z"],
      budget: [25000, 45000],
    },
  ],
};
