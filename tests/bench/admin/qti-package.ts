import { strToU8, zipSync } from 'fflate';

/** A 1x1 PNG; each item's copy carries its own trailing bytes, so every image is a file of its own. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const NS = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';

function body(i: number): { declarations: string; interaction: string; template: string } {
  switch (i % 4) {
    case 0:
      return {
        declarations: `<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier"><qti-correct-response><qti-value>A</qti-value></qti-correct-response><qti-mapping default-value="0"><qti-map-entry map-key="A" mapped-value="1"/><qti-map-entry map-key="B" mapped-value="0.5"/></qti-mapping></qti-response-declaration>`,
        interaction: `<qti-choice-interaction response-identifier="RESPONSE" max-choices="1"><qti-prompt>Which answer is right for item ${i}?</qti-prompt><qti-simple-choice identifier="A">Right ${i}<qti-feedback-inline outcome-identifier="FEEDBACK" identifier="A" show-hide="show">Yes.</qti-feedback-inline></qti-simple-choice><qti-simple-choice identifier="B">Half ${i}</qti-simple-choice><qti-simple-choice identifier="C">Wrong ${i}</qti-simple-choice></qti-choice-interaction>`,
        template: 'map_response',
      };
    case 1:
      return {
        declarations: `<qti-response-declaration identifier="R1" cardinality="single" base-type="string"><qti-correct-response><qti-value>word${i}</qti-value></qti-correct-response></qti-response-declaration><qti-response-declaration identifier="R2" cardinality="single" base-type="identifier"><qti-correct-response><qti-value>X</qti-value></qti-correct-response></qti-response-declaration>`,
        interaction: `<p>Fill in <qti-text-entry-interaction response-identifier="R1"/> and pick <qti-inline-choice-interaction response-identifier="R2"><qti-inline-choice identifier="X">this</qti-inline-choice><qti-inline-choice identifier="Y">that</qti-inline-choice></qti-inline-choice-interaction> for item ${i}.</p>`,
        template: 'map_response',
      };
    case 2:
      return {
        declarations: `<qti-response-declaration identifier="RESPONSE" cardinality="ordered" base-type="identifier"><qti-correct-response><qti-value>A</qti-value><qti-value>B</qti-value><qti-value>C</qti-value></qti-correct-response></qti-response-declaration>`,
        interaction: `<qti-order-interaction response-identifier="RESPONSE"><qti-prompt>Put the steps of item ${i} in order.</qti-prompt><qti-simple-choice identifier="A">First</qti-simple-choice><qti-simple-choice identifier="B">Second</qti-simple-choice><qti-simple-choice identifier="C">Third</qti-simple-choice></qti-order-interaction>`,
        template: 'match_correct',
      };
    default:
      return {
        declarations: `<qti-response-declaration identifier="RESPONSE" cardinality="multiple" base-type="directedPair"><qti-correct-response><qti-value>P1 R1</qti-value><qti-value>P2 R2</qti-value></qti-correct-response></qti-response-declaration>`,
        interaction: `<qti-match-interaction response-identifier="RESPONSE" max-associations="2"><qti-prompt>Match the pairs of item ${i}.</qti-prompt><qti-simple-match-set><qti-simple-associable-choice identifier="P1" match-max="1">France</qti-simple-associable-choice><qti-simple-associable-choice identifier="P2" match-max="1">Italy</qti-simple-associable-choice></qti-simple-match-set><qti-simple-match-set><qti-simple-associable-choice identifier="R1" match-max="1">Paris</qti-simple-associable-choice><qti-simple-associable-choice identifier="R2" match-max="1">Rome</qti-simple-associable-choice><qti-simple-associable-choice identifier="R3" match-max="1">Madrid</qti-simple-associable-choice></qti-simple-match-set></qti-match-interaction>`,
        template: 'map_response',
      };
  }
}

/** A QTI 3.0 package of `n` items of choice, gap fill, order and match, each with an image of its own. */
export function qtiPackage(n: number): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const resources: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const id = `item-${i}`;
    const { declarations, interaction, template } = body(i);
    files[`images/fig-${i}.png`] = new Uint8Array(Buffer.concat([PNG, Buffer.from(`item ${i}`)]));
    files[`items/${id}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?>\n<qti-assessment-item xmlns="${NS}" identifier="${id}" title="Item ${i}" adaptive="false" time-dependent="false">${declarations}<qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/><qti-item-body><div><p>Look at figure ${i}: <img src="../images/fig-${i}.png" alt="figure ${i}"/> and answer <strong>carefully</strong>.</p></div>${interaction}</qti-item-body><qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/${template}.xml"/></qti-assessment-item>\n`,
    );
    resources.push(
      `<resource identifier="${id}" type="imsqti_item_xmlv3p0" href="items/${id}.xml"><file href="items/${id}.xml"/><file href="images/fig-${i}.png"/></resource>`,
    );
  }
  files['imsmanifest.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?>\n<manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" identifier="bench"><resources>${resources.join('')}</resources></manifest>\n`,
  );
  return zipSync(files);
}
