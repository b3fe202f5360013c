import { main } from './src/cli/main.js';
const io = { out: (t: string) => console.log(t), err: (t: string) => console.log('ERR', t), errRaw: (t: string) => console.log('RAW', JSON.stringify(t)), errIsTTY: false };
const args = process.argv.slice(2);
main(args, io).then((c) => console.log('EXIT', c));
