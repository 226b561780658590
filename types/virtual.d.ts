declare module 'virtual:caveat/index' {
  const index: import('../lib/match/index-format').MatcherIndex;
  export default index;
}
declare module 'virtual:caveat/claims' {
  const claims: import('../lib/claims/schema').Claim[];
  export default claims;
}
declare module 'virtual:caveat/details' {
  const details: import('../lib/claims/details').ClaimDetails[];
  export default details;
}
