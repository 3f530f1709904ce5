// The line-feed byte that ends a line in logs and in everything chaterr writes.

export const NEWLINE = 0x0a;
