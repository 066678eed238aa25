// A generated edition for the scale benchmarks: every headline and paragraph
// says it is synthetic, and the text, drawn at random with a fixed seed,
// compresses about as news text does. Written to temporary folders, never bundled.

const sections = ['World', 'Business', 'Science', 'Sport', 'Culture'];
const words = 'harbour council river budget museum festival railway orchard bridge library station market'.split(' ');
// Filler for the paragraphs, drawn at random (with a fixed seed) so that the
// text compresses about as news text does, not as one sentence repeated.
const filler = (
  'the a of to and in that for on with as by at from about after before over under between ' +
  'council minister officials residents report plan budget vote court police school hospital ' +
  'company workers market prices energy water weather storm road rail port city village region ' +
  'said told announced expected agreed rejected warned opened closed raised cut built moved ' +
  'new local national early late final first second third several many few most other public ' +
  'year month week morning evening season project study survey figures data team group members'
).split(' ');
let seed = 0x2545f491;
/** A deterministic pseudo-random integer below `limit` (mulberry32). */
function random(limit) {
  seed = (seed + 0x6d2b79f5) | 0;
  let mixed = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
  return (((mixed ^ (mixed >>> 14)) >>> 0) % limit);
}
const sentence = () =>
  Array.from({ length: 12 + random(10) }, () => filler[random(filler.length)]).join(' ');

/** A synthetic edition: every headline and paragraph says it is synthetic. */
export function syntheticEdition(count) {
  const list = [];
  for (let index = 0; index < count; index += 1) {
    const word = (offset) => words[(index * 7 + offset * 3) % words.length];
    const id = `synthetic-${index + 1}`;
    list.push({
      id,
      headline: `Synthetic article ${index + 1}: ${word(0)} ${word(1)} ${word(2)} report`,
      section: sections[index % sections.length],
      dek: `Generated text for a scale test; it describes no real event.`,
      published: `2025-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
      language: 'en',
      body: Array.from({ length: 6 }, (_, paragraph) => ({
        type: 'paragraph',
        text: `Synthetic paragraph ${paragraph + 1} of article ${index + 1}, about the ${word(paragraph)} and the ${word(paragraph + 1)}; it reports nothing that happened. ${sentence()}. ${sentence()}.`,
      })),
      related: [1, 2, 3].map((step) => {
        const target = ((index + step * 97) % count) + 1;
        return { headline: `Synthetic article ${target}`, article: `synthetic-${target}` };
      }).filter((item) => item.article !== id),
    });
  }
  return { title: `Synthetic scale edition (${count} articles)`, articles: list };
}
