export default async function globalTeardown(): Promise<void> {
  await globalThis.__KAKEHASHI_TEST_POSTGRES__?.teardown();
}
