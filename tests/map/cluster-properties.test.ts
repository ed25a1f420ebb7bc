import { expression, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import {
  CLUSTER_RADIUS_NOW_PX,
  CLUSTER_RADIUS_PX,
  DIGIT_OPACITY,
  figureNow,
  POINT_RADIUS_PX,
} from '../../src/map/cluster-properties.ts';

// The expressions are evaluated with MapLibre's own style-spec evaluator, as the map's worker does.
const spec = {
  type: 'number',
  'property-type': 'data-driven',
  expression: { parameters: ['zoom', 'feature', 'feature-state'] },
};

function evaluate(
  value: unknown,
  properties: Record<string, unknown>,
  type = 'number',
  state: Record<string, unknown> = {},
): unknown {
  const compiled = expression.createExpression(value, 'test', {
    ...spec,
    type,
  } as StylePropertySpecification);
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  return compiled.value.evaluate({ zoom: 5 }, { type: 'Point', properties } as never, state as never);
}

describe('cluster and point styles', () => {
  it('read a figure from the feature state a timeline step set, else from the layout', () => {
    expect(evaluate(figureNow('killed'), { killed: 18 })).toBe(18);
    expect(evaluate(figureNow('killed'), { killed: 18 }, 'number', { killed: 7 })).toBe(7);
    expect(evaluate(figureNow('killed'), { killed: 18 }, 'number', { killed: 0 })).toBe(0);
    const laidOut = evaluate(CLUSTER_RADIUS_NOW_PX, { incidents: 40 }) as number;
    const stepped = evaluate(CLUSTER_RADIUS_NOW_PX, { incidents: 40 }, 'number', { incidents: 2 }) as number;
    expect(laidOut).toBe(evaluate(CLUSTER_RADIUS_PX, { incidents: 40 }));
    expect(stepped).toBe(evaluate(CLUSTER_RADIUS_PX, { incidents: 2 }));
  });

  it('show a label digit as its state, else its layout, says', () => {
    expect(evaluate(DIGIT_OPACITY, { on: true })).toBe(1);
    expect(evaluate(DIGIT_OPACITY, { on: false })).toBe(0);
    expect(evaluate(DIGIT_OPACITY, { on: true }, 'number', { on: false })).toBe(0);
    expect(evaluate(DIGIT_OPACITY, { on: false }, 'number', { on: true })).toBe(1);
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
