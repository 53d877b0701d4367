import { notFound } from 'next/navigation'

export const generateStaticParams = async () => []

export default function Missing() {
  notFound()
}
