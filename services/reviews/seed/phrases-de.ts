import type { PhraseBank } from './review-phrases';

export const DE_PHRASES: PhraseBank = {
  any: {
    titles: {
      glad: [
        'Absolut zufrieden',
        'Genau wie erhofft',
        'Top Qualität zum fairen Preis',
        'Mein neues Lieblingsteil',
        'Gleich nachbestellt',
        'Besser als erwartet',
      ],
      mixed: ['Ganz okay', 'Für den Preis in Ordnung', 'Hübsch, etwas dünn', 'Solides Basic'],
      letDown: [
        'Leider enttäuscht',
        'Schnell kaputtgegangen',
        'Sieht anders aus als auf den Bildern',
        'Zurückgeschickt',
      ],
    },
    openings: {
      glad: [
        'Ich benutze es inzwischen fast täglich.',
        'Bin mit dem Kauf rundum zufrieden.',
        'Schon mein zweites, das sagt eigentlich alles.',
        'Habe es mir selbst geschenkt und bereue nichts.',
      ],
      mixed: [
        'Im Großen und Ganzen in Ordnung.',
        'Manches gefällt mir, manches nicht.',
        'Ich hatte mehr erwartet, aber es erfüllt seinen Zweck.',
        'Gemischte Gefühle.',
      ],
      letDown: [
        'Leider hat es für mich nicht gepasst.',
        'Ich wollte es wirklich mögen.',
        'Für den Preis hatte ich mehr erwartet.',
        'Würde ich nicht noch einmal kaufen.',
      ],
    },
    details: {
      glad: [
        'Das Material ({material}) fühlt sich weich und hochwertig an.',
        'Die Farbe ({color}) ist genau wie auf den Fotos.',
        'Sieht auch nach Monaten noch wie neu aus.',
        'Die Nähte sind sauber verarbeitet.',
        'Die Lieferung kam schon nach zwei Tagen.',
        'Behält gut die Form.',
      ],
      mixed: [
        'Die Farbe ({color}) ist etwas dunkler als am Bildschirm.',
        'Das Material ({material}) ist dünner als gedacht.',
        'Knittert schnell.',
        'Die Verarbeitung ist stellenweise etwas grob.',
      ],
      letDown: [
        'Eine Naht hat sich nach einer Woche gelöst.',
        'Die Farbe ({color}) hat mit den Fotos nichts zu tun.',
        'Das Material ({material}) hat nach zwei Wochen Knötchen gebildet.',
        'Hat fast sofort die Form verloren.',
      ],
    },
    closings: {
      glad: [
        'Klare Empfehlung.',
        'Kaufe ich gern noch in einer anderen Farbe.',
        'Jeden Cent wert.',
        'Von mir fünf Sterne.',
      ],
      mixed: ['Für den Alltag reicht es.', 'Im Sale würde ich wieder zugreifen.'],
      letDown: [
        'Zurückgeschickt, die Erstattung ging immerhin schnell.',
        'Spart euch das Geld.',
        'Hoffentlich ist die nächste Charge besser.',
      ],
    },
  },
  sized: {
    titles: {
      glad: ['Passt perfekt', 'Größe stimmt'],
      mixed: ['Schön, aber fällt klein aus'],
      letDown: ['Größe stimmt überhaupt nicht'],
    },
    openings: {
      glad: ['Wie immer meine normale Größe bestellt, sitzt genau richtig.'],
      mixed: ['Bei der Größe musste ich raten.'],
      letDown: ['Das Problem war die Größe.'],
    },
    details: {
      glad: [
        'Fällt normal aus, mit genug Bewegungsfreiheit.',
        'Sieht auch nach mehreren Wäschen noch wie neu aus.',
      ],
      mixed: [
        'Fällt etwa eine halbe Nummer kleiner aus, lieber größer bestellen.',
        'Knittert schnell, lässt sich aber gut bügeln.',
      ],
      letDown: ['Fällt eine ganze Nummer zu klein aus.', 'Ist bei 30 Grad deutlich eingelaufen.'],
    },
    closings: {
      glad: ['Bestelle dieselbe Größe gern in einer anderen Farbe.'],
      mixed: ['Vor dem Bestellen die Größentabelle ansehen.'],
      letDown: ['Die Größentabelle sollte korrigiert werden.'],
    },
  },
  names: [
    'Jonas',
    'Anna',
    'Lukas',
    'Lena',
    'Felix',
    'Sophie',
    'Tobias',
    'Julia',
    'Max',
    'Katrin',
    'Niklas',
    'Sabine',
    'Jan',
    'Miriam',
    'Stefan',
    'Laura',
  ],
  sign: (name, initial) => `${name} ${initial}.`,
};
