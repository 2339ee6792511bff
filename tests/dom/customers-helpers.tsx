// Shared by the customers component tests.
import { afterAll, beforeAll } from 'vitest';
import type { CustomerInput } from '@shared/domain/customer';
import type { OrderInput } from '@shared/domain/order';
import { createCustomer } from '@/db/customers';

/**
 * jsdom does no layout, so the virtualizer would see a 0px viewport and render no rows. Give list
 * containers a size (only them: other elements keep jsdom's zeros).
 */
export function withListLayout(height = 800, width = 1000) {
  beforeAll(() => {
    for (const [prop, size] of [
      ['clientHeight', height],
      ['clientWidth', width],
      ['offsetHeight', height],
      ['offsetWidth', width],
    ] as const) {
      Object.defineProperty(HTMLElement.prototype, prop, {
        configurable: true,
        get(this: HTMLElement) {
          return this.getAttribute('role') === 'list' ? size : 0;
        },
      });
    }
  });
  afterAll(() => {
    for (const prop of ['clientHeight', 'clientWidth', 'offsetHeight', 'offsetWidth']) {
      delete (HTMLElement.prototype as unknown as Record<string, unknown>)[prop];
    }
  });
}

export function seedCustomer(over: Partial<CustomerInput> = {}) {
  return createCustomer({ name: 'Ana Muñoz', createdDate: '2024-05-02', ...over });
}

export function orderFor(customerId: string, over: Partial<OrderInput> = {}): OrderInput {
  return {
    customerId,
    channel: 'etsy',
    items: [{ title: 'Articulated dragon', quantity: 1, unitPrice: 2_500 }],
    currency: 'USD',
    orderedDate: '2025-03-01',
    ...over,
  };
}
