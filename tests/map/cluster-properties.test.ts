import { expression, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { CLUSTER_LABEL, CLUSTER_RADIUS_PX, POINT_RADIUS_PX } from '../../src/map/cluster-properties.ts';

// The expressions are evaluated with MapLibre's own style-spec evaluator, as the map's worker does.
const spec = {
  type: 'number',
  'property-type': 'data-driven',
  expression: { parameters: ['zoom', 'feature'] },
};

function evaluate(value: unknown, properties: Record<string, unknown>, type = 'number'): unknown {
  const compiled = expression.createExpression(value, 'test', {
    ...spec,
    type,
  } as StylePropertySpecification);
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  return compiled.value.evaluate({ zoom: 5 }, { type: 'Point', properties } as never);
}

describe('cluster and point styles', () => {
  it('label a cluster with its people killed', () => {
    expect(evaluate(CLUSTER_LABEL, { killed: 18, incidents: 3 }, 'string')).toBe('18');
  });

  it('grow cluster bubbles with their incident count', () => {
    const small = evaluate(CLUSTER_RADIUS_PX, { incidents: 2 }) as number;
    const large = evaluate(CLUSTER_RADIUS_PX, { incidents: 40 }) as number;
    expect(large).toBeGreaterThan(small);
  });

  it('size single incidents by people killed and injured, never below 5 px', () => {
    const none = evaluate(POINT_RADIUS_PX, { killed: 0, injured: 0 }) as number;
    const one = evaluate(POINT_RADIUS_PX, { killed: 1, injured: 0 }) as number;
    const many = evaluate(POINT_RADIUS_PX, { killed: 10, injured: 90 }) as number;
    expect(none).toBe(5);
    expect(one).toBeGreaterThan(none);
    expect(many).toBeGreaterThan(one);
  });
});
