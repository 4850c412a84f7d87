// postject ships no types; this is the one function scripts/package/sea.mjs uses (postject's README, "API").
declare module 'postject' {
  export function inject(
    filename: string,
    resourceName: string,
    resourceData: Buffer,
    options?: {
      sentinelFuse?: string;
      machoSegmentName?: string;
      overwrite?: boolean;
    },
  ): Promise<void>;
}
