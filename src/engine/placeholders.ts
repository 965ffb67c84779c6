/** Values the suggestion texts may use: {customer.firstName}, {agent.firstName}, {ticket.id}… */
export interface PlaceholderValues {
  'customer.name'?: string;
  'customer.firstName'?: string;
  'agent.name'?: string;
  'agent.firstName'?: string;
  'ticket.id'?: string;
  'ticket.subject'?: string;
}

export function firstName(name: string | undefined): string | undefined {
  const first = name?.trim().split(/[\s,]+/)[0];
  return first && !first.includes('@') ? first : undefined;
}

/**
 * Fills placeholders; one with no value is dropped with the space or comma before it,
 * so "Hi {customer.firstName}," becomes "Hi," and "…caused you, {customer.firstName}."
 * becomes "…caused you."
 */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text
    .replace(/(,?[ \u00a0]?)\{([a-zA-Z.]+)\}/g, (_all, lead: string, key: string) => {
      const value = values[key as keyof PlaceholderValues];
      return value ? `${lead}${value}` : '';
    })
    .replace(/ +([,.!?，。！？])/g, '$1')
    .trim();
}
