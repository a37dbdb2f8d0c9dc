/** A small seeded generator (sfc32): the same seed gives the same dataset, on every machine. */
export class Random {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor(...seeds: number[]) {
    // Mix the seeds into four words (splitmix-style), then warm up.
    let h = 0x9e3779b9
    const words = [0, 0, 0, 0]
    seeds.forEach((seed, index) => {
      h = Math.imul(h ^ (seed + index * 0x85ebca6b), 0xc2b2ae35) >>> 0
      h ^= h >>> 16
      words[index % 4] = (words[index % 4] + h) >>> 0
    })
    ;[this.a, this.b, this.c, this.d] = [words[0] || 1, words[1] || 2, words[2] || 3, words[3] || 4]
    for (let index = 0; index < 16; index += 1) this.next()
  }

  /** A float in [0, 1). */
  next(): number {
    this.a >>>= 0
    this.b >>>= 0
    this.c >>>= 0
    this.d >>>= 0
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return (t >>> 0) / 4294967296
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]
  }

  /** Exponentially distributed with the given mean (tenancy durations). */
  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean
  }
}
