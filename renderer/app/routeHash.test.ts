import { describe, expect, it } from 'vitest';
import type { Route } from './navigation';
import { hashOfRoute, routeOfHash } from './routeHash';

describe('route addresses', () => {
  const routes: Route[] = [
    { view: 'search' },
    { view: 'detail', id: 'drone-pilot-fundamentals' },
    { view: 'enquiries' },
    { view: 'brief', id: '0f8e7c6a-1b2c-4d3e-8f90-a1b2c3d4e5f6' },
    { view: 'privacy' },
  ];

  it.each(routes)('reads back what it writes: %o', (route) => {
    expect(routeOfHash(hashOfRoute(route)).route).toEqual(route);
  });

  it('gives the brief of an enquiry its own address', () => {
    expect(hashOfRoute({ view: 'brief', id: '0f8e7c6a-1b2c-4d3e-8f90-a1b2c3d4e5f6' })).toBe('#/enquiry/0f8e7c6a-1b2c-4d3e-8f90-a1b2c3d4e5f6/brief');
  });

  it('opens the search page for an address that names no enquiry', () => {
    expect(routeOfHash('#/enquiry/not-a-uuid/brief').route).toEqual({ view: 'search' });
    expect(routeOfHash('#/enquiry/0f8e7c6a-1b2c-4d3e-8f90-a1b2c3d4e5f6').route).toEqual({ view: 'search' });
  });
});
