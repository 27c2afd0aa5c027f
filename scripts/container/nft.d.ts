// Next's own copy of @vercel/nft, the tracer behind its standalone output; it ships no types.
// CommonJS without named exports Node could detect: imported as a default.
declare module 'next/dist/compiled/@vercel/nft' {
  const nft: {
    nodeFileTrace(
      files: string[],
      options: { base: string; processCwd?: string },
    ): Promise<{ fileList: Set<string>; warnings: Set<Error> }>;
  };
  export default nft;
}
