import { describe, expect, it } from 'vitest';
import { eventCity } from '../../../indexer/pipeline/event-city.js';

const suzhou = { code: '320500', name: '苏州市' };

describe('the city an event is attributed to', () => {
  it('is the county-level city when the article names one, so the county tier gets its events', () => {
    expect(eventCity(suzhou, { code: '320583', name: '昆山市' })).toEqual({ code: '320583', name: '昆山市' });
  });

  it('is the prefecture-level city for a district or a county that is not a city', () => {
    expect(eventCity(suzhou, { code: '320508', name: '姑苏区' })).toEqual(suzhou);
    expect(eventCity({ code: '211300', name: '朝阳市' }, { code: '211321', name: '朝阳县' })).toEqual({ code: '211300', name: '朝阳市' });
  });

  it('is the city alone when no county is named, and none for national items', () => {
    expect(eventCity(suzhou, null)).toEqual(suzhou);
    expect(eventCity(null, null)).toBeNull();
  });
});
