import { expression, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import {
  CLUSTER_LABEL,
  CLUSTER_PROPERTIES,
  CLUSTER_RADIUS_PX,
  POINT_RADIUS_PX,
} from '../../src/map/cluster-properties.ts';

// The expressions are evaluated with MapLibre's own style-spec evaluator, as the map's worker does.
const spec = {
  type: 'number',
  'property-type': 'data-driven',
  expression: { parameters: ['zoom', 'feature'] },
};

function evaluate(value: unknown, properties: Record<string, unknown>, type = 'number'): unknown {
  const compiled = expression.createExpression(value, 'test', { ...spec, type } as StylePropertySpecification);
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  return compiled.value.evaluate({ zoom: 5 }, { type: 'Point', properties } as never);
}

/** Clusters the way supercluster does with clusterProperties: map each point, then reduce with the operator. */
function clusterOf(points: { killed: number; injured: number }[]) {
  const result: Record<string, number> = {};
  for (const [name, [operator, mapExpression]] of Object.entries(CLUSTER_PROPERTIES)) {
    const mapped = points.map((point) => evaluate(mapExpression, point) as number);
    expect(operator).toBe('+');
    result[name] = mapped.reduce((a, b) => a + b, 0);
  }
  return result;
}

describe('cluster properties', () => {
  it('sum the people killed and injured of every incident in a cluster', () => {
    expect(
      clusterOf([
        { killed: 17, injured: 100 },
        { killed: 1, injured: 0 },
        { killed: 0, injured: 23 },
      ]),
    ).toEqual({ killed: 18, injured: 123 });
  });

  it('label a cluster with its people killed', () => {
    expect(evaluate(CLUSTER_LABEL, { killed: 18, point_count: 3 }, 'string')).toBe('18');
  });

  it('grow cluster bubbles with their incident count', () => {
    const small = evaluate(CLUSTER_RADIUS_PX, { point_count: 2 }) as number;
    const large = evaluate(CLUSTER_RADIUS_PX, { point_count: 40 }) as number;
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
