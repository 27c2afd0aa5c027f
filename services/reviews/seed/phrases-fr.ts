import type { PhraseBank } from './review-phrases';

export const FR_PHRASES: PhraseBank = {
  any: {
    titles: {
      glad: [
        'Ravie de mon achat',
        'Exactement ce que je cherchais',
        'Très bonne qualité pour le prix',
        'Mon nouveau coup de cœur',
        'Déjà recommandé',
        'Mieux que prévu',
      ],
      mixed: [
        'Correct sans plus',
        'Bien pour le prix',
        'Joli mais un peu fin',
        'Un basique honnête',
      ],
      letDown: ['Déçue', 'Abîmé très vite', 'Ne ressemble pas aux photos', 'Renvoyé'],
    },
    openings: {
      glad: [
        'Je m’en sers presque tous les jours.',
        'Vraiment contente de cet achat.',
        'C’est mon deuxième, tout est dit.',
        'Un petit cadeau pour moi, aucun regret.',
      ],
      mixed: [
        'Dans l’ensemble, ça va.',
        'Il y a du bon et du moins bon.',
        'J’en attendais plus, mais il fait l’affaire.',
        'Avis partagé.',
      ],
      letDown: [
        'Malheureusement, ça ne m’a pas convenu.',
        'J’avais vraiment envie de l’aimer.',
        'Pas à la hauteur du prix.',
        'Je ne le rachèterais pas.',
      ],
    },
    details: {
      glad: [
        'La matière ({material}) est douce et de bonne tenue.',
        'La couleur ({color}) est fidèle aux photos.',
        'Toujours comme neuf après des mois.',
        'Les coutures sont nettes et régulières.',
        'Livré en deux jours.',
        'Garde bien sa forme.',
      ],
      mixed: [
        'La couleur ({color}) est un peu plus foncée qu’à l’écran.',
        'La matière ({material}) est plus fine que prévu.',
        'Se froisse vite.',
        'Les finitions sont un peu grossières par endroits.',
      ],
      letDown: [
        'Une couture a lâché au bout d’une semaine.',
        'La couleur ({color}) n’a rien à voir avec les photos.',
        'La matière ({material}) a bouloché en deux semaines.',
        'A perdu sa forme presque tout de suite.',
      ],
    },
    closings: {
      glad: [
        'Je recommande vivement.',
        'Je le reprendrai dans une autre couleur.',
        'Il vaut largement son prix.',
        'Cinq étoiles sans hésiter.',
      ],
      mixed: ['Suffisant pour tous les jours.', 'À acheter pendant les soldes.'],
      letDown: [
        'Renvoyé, le remboursement a au moins été rapide.',
        'Passez votre chemin.',
        'En espérant que la prochaine série soit meilleure.',
      ],
    },
  },
  sized: {
    titles: {
      glad: ['Taille parfaite', 'Taille normalement'],
      mixed: ['Joli, mais taille petit'],
      letDown: ['Taille complètement à côté'],
    },
    openings: {
      glad: ['J’ai pris ma taille habituelle et c’est parfait.'],
      mixed: ['Pas évident de choisir la taille.'],
      letDown: ['Le problème, c’est la taille.'],
    },
    details: {
      glad: [
        'Taille normalement, on est à l’aise.',
        'Toujours comme neuf après plusieurs lavages.',
      ],
      mixed: [
        'Taille un peu petit, prenez la taille au-dessus.',
        'Se froisse vite, mais se repasse bien.',
      ],
      letDown: ['Taille vraiment très petit.', 'A nettement rétréci au lavage à froid.'],
    },
    closings: {
      glad: ['Je reprendrai la même taille dans une autre couleur.'],
      mixed: ['Vérifiez le guide des tailles avant de commander.'],
      letDown: ['Le guide des tailles est à revoir.'],
    },
  },
  names: [
    'Camille',
    'Thomas',
    'Léa',
    'Nicolas',
    'Chloé',
    'Julien',
    'Manon',
    'Antoine',
    'Inès',
    'Hugo',
    'Sarah',
    'Maxime',
    'Claire',
    'Louis',
    'Émilie',
    'Paul',
  ],
  sign: (name, initial) => `${name} ${initial}.`,
};
