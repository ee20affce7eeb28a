/**
 * One yes/no criterion of a list (the structural and material five-point lists, the
 * mandate's contents): its stable id, the input fact it reads and the words of the source.
 */
export type OutreachCriterion<F extends string = string> = {
  readonly id: string;
  readonly fact: F;
  readonly locator: string;
};
