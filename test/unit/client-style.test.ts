import { describe, expect, it } from 'vitest';
import { glyphImage, LABEL_STYLES, labelStyle } from '../../client/src/graph/label-styles.ts';
import { graphStyle, labelRules } from '../../client/src/graph/style.ts';
import { createCy } from '../../client/src/graph/create-cy.ts';
import { NODE_LABELS } from '../../vocabulary/index.ts';

// The seed's vocabulary is the data contract: a label added there must get a style here.
const CONTRACT_LABELS = [...NODE_LABELS];

describe('label styles', () => {
  it('cover every label of the data contract with a distinct colour and shape+glyph', () => {
    expect(LABEL_STYLES.map((s) => s.label)).toEqual(CONTRACT_LABELS);
    expect(new Set(LABEL_STYLES.map((s) => s.color)).size).toBe(CONTRACT_LABELS.length);
    expect(new Set(LABEL_STYLES.map((s) => s.glyph)).size).toBe(CONTRACT_LABELS.length);
  });

  it('give unknown labels a neutral fallback', () => {
    expect(labelStyle('Annotation')).toMatchObject({ label: 'Annotation', glyph: '?' });
  });

  it('encode the glyph as an SVG data URI', () => {
    expect(decodeURIComponent(glyphImage('☻'))).toContain('>☻</text>');
  });

  it('produce one node rule per label', () => {
    expect(labelRules()).toHaveLength(CONTRACT_LABELS.length);
  });

  it('is a stylesheet Cytoscape accepts and applies per label', () => {
    const cy = createCy(undefined);
    cy.add({ data: { id: 'a', label: 'Directive', caption: 'x' } });
    expect(cy.$id('a').style('shape')).toBe('tag');
    expect(cy.$id('a').style('background-color')).toBe('rgb(184,134,11)');
    expect(graphStyle().length).toBeGreaterThan(CONTRACT_LABELS.length);
    cy.destroy();
  });
});
