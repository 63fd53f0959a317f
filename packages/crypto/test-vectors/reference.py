# Independent reference computation of Vigil v1 format vectors with pyca/cryptography.
import base64, hmac, hashlib, struct, unicodedata
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

def b64u(b): return base64.urlsafe_b64encode(b).rstrip(b'=').decode()
def hkdf(ikm, info, salt=None, n=32): return HKDF(hashes.SHA256(), n, salt, info.encode()).derive(ikm)

pw = unicodedata.normalize('NFC', 'correct horse battery staple')
salt = bytes(range(16))
mk = Argon2id(salt=salt, length=32, iterations=3, lanes=1, memory_cost=65536).derive(pw.encode())
print('master', mk.hex())
print('auth', hkdf(mk, 'vigil/v1/auth').hex())
print('wrap', hkdf(mk, 'vigil/v1/wrap').hex())

vk = bytes(range(32))
vid, kind, rid, kv = '0190a6f0-0000-7000-8000-000000000001', 'person', 'rec-1', 7
nonce = bytes(range(12))
pt = 'Иван Петров'.encode()
rk = hkdf(vk, f'vigil/v1/record|vault:{vid}|kind:{kind}|id:{rid}')
aad = f'vigil/v1|vault:{vid}|kind:{kind}|id:{rid}|kv:{kv}'.encode()
env = bytes([1]) + struct.pack('>I', kv) + nonce + AESGCM(rk).encrypt(nonce, pt, aad)
print('envelope', b64u(env))

alice = bytes.fromhex('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a')
bob_pub = bytes.fromhex('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f')
eph = X25519PrivateKey.from_private_bytes(alice)
epk = eph.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
shared = eph.exchange(X25519PublicKey.from_public_bytes(bob_pub))
ctx = 'vigil/v1|vault-key|vault:v-1|kv:3'
key = hkdf(shared, f'vigil/v1/sealed-box|{ctx}', salt=epk + bob_pub)
n2 = bytes(range(16, 28))
box = bytes([1]) + epk + n2 + AESGCM(key).encrypt(n2, bytes([0xab]) * 32, epk + bob_pub + ctx.encode())
print('box', b64u(box))

bik = hkdf(vk, 'vigil/v1/blind-index|vault:vault-1')
print('blind', hmac.new(bik, 'strasse'.encode(), hashlib.sha256).digest()[:8].hex())

fk = bytes(range(32)); fid = 'file-1'; cs = 4
sub = hkdf(fk, f'vigil/v1/file|id:{fid}')
hdr = bytes([1]) + struct.pack('>I', cs)
data = b'abcdefghij'
chunks = [data[0:4], data[4:8], data[8:10]]
out = hdr
for i, c in enumerate(chunks):
    last = i == len(chunks) - 1
    nn = bytes(4) + struct.pack('>Q', i)
    out += AESGCM(sub).encrypt(nn, c, hdr + f'vigil/v1/file|id:{fid}|chunk:{i}|last:{1 if last else 0}'.encode())
print('file', out.hex())
nn = bytes(12)
print('emptyfile', (hdr + AESGCM(sub).encrypt(nn, b'', hdr + f'vigil/v1/file|id:{fid}|chunk:0|last:1'.encode())).hex())
