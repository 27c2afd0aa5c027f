import type { PhraseBank } from './review-phrases';

export const EN_PHRASES: PhraseBank = {
  any: {
    titles: {
      glad: [
        'Love it',
        'Exactly what I wanted',
        'Great quality for the price',
        'My new favorite',
        'Bought a second one',
        'Better than expected',
      ],
      mixed: ['Good, not great', 'Okay for the price', 'Pretty, a bit thin', 'Decent basic'],
      letDown: ['Disappointed', 'Fell apart quickly', 'Not as pictured', 'Sent it back'],
    },
    openings: {
      glad: [
        'I use this almost every day now.',
        'Really happy with this purchase.',
        'This is my second one, which says it all.',
        'Got it as a gift for myself and no regrets.',
      ],
      mixed: [
        'It is fine overall.',
        'Some things I like, some I do not.',
        'I had higher hopes, but it does the job.',
        'Mixed feelings about this one.',
      ],
      letDown: [
        'Unfortunately this did not work for me.',
        'I really wanted to like it.',
        'Not what I expected at this price.',
        'I would not buy it again.',
      ],
    },
    details: {
      glad: [
        'The {material} feels soft and substantial.',
        'The color ({color}) is exactly as in the photos.',
        'Still looks new after months of use.',
        'The stitching is neat and even.',
        'Arrived two days after I ordered.',
        'Holds its shape well.',
      ],
      mixed: [
        'The color ({color}) is a little darker than on my screen.',
        'The {material} is thinner than I expected.',
        'It creases easily.',
        'The finish is a bit rough in places.',
      ],
      letDown: [
        'A seam came loose within a week.',
        'The color ({color}) looks nothing like the photos.',
        'The {material} pilled within two weeks.',
        'It lost its shape almost at once.',
      ],
    },
    closings: {
      glad: [
        'Highly recommend.',
        'Would buy again in another color.',
        'Worth every penny.',
        'Five stars from me.',
      ],
      mixed: ['Good enough for everyday.', 'Would buy it on sale.'],
      letDown: [
        'Returned it; the refund was quick at least.',
        'Save your money.',
        'Hoping the next batch is better.',
      ],
    },
  },
  sized: {
    titles: {
      glad: ['Fits perfectly', 'True to size'],
      mixed: ['Nice, but runs small'],
      letDown: ['Sizing is way off'],
    },
    openings: {
      glad: ['Ordered my usual size and it fits just right.'],
      mixed: ['The size took some guessing.'],
      letDown: ['The size was the problem.'],
    },
    details: {
      glad: ['True to size, with room to move.', 'It still looks new after several washes.'],
      mixed: [
        'It runs about half a size small, so size up.',
        'It wrinkles easily, but irons out fine.',
      ],
      letDown: ['It runs a full size small.', 'It shrank noticeably in a cold wash.'],
    },
    closings: {
      glad: ['Ordering the same size in another color.'],
      mixed: ['Check the size chart before ordering.'],
      letDown: ['The size chart needs fixing.'],
    },
  },
  names: [
    'Emily',
    'Michael',
    'Sarah',
    'David',
    'Jessica',
    'Chris',
    'Ashley',
    'Matt',
    'Olivia',
    'Daniel',
    'Megan',
    'Ryan',
    'Lauren',
    'Kevin',
    'Rachel',
    'Tyler',
  ],
  sign: (name, initial) => `${name} ${initial}.`,
};
